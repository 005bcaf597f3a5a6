using System.Diagnostics.Metrics;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Persistence;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>An engine on the in-memory store with a fake clock, plus helpers to deploy inline BPMN.</summary>
internal sealed class EngineFixture
{
    public EngineFixture(IWorkflowStore? store = null, IEnumerable<IServiceTaskHandler>? handlers = null, IBusinessRuleEvaluator? rules = null, FakeTimeProvider? clock = null, IExpressionGlobals? globals = null,
        ITaskCompletionValidator? completionValidator = null, IVariableInputValidator? inputValidator = null, IMeterFactory? meters = null,
        IJobScheduler? jobScheduler = null, IEnumerable<IListenerHandler>? listenerHandlers = null)
    {
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        Store = store ?? new InMemoryWorkflowStore();
        Engine = new ProcessEngine(Store, Clock, new EngineOptions { JobRetryDelay = TimeSpan.FromSeconds(10) }, handlers, rules, jobScheduler: jobScheduler, globals: globals, completionValidator: completionValidator,
            inputValidator: inputValidator, meters: meters, listenerHandlers: listenerHandlers);
    }

    public FakeTimeProvider Clock { get; }
    public IWorkflowStore Store { get; }
    public ProcessEngine Engine { get; }

    public const string Header =
        """<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://samverkan.se/test">""";

    public static string Wrap(string processId, string body, string declarations = "") =>
        $"""{Header}{declarations}<bpmn:process id="{processId}" isExecutable="true">{body}</bpmn:process></bpmn:definitions>""";

    /// <summary>A file as the Camunda Modeler (bpmn-js) saves it, without the diagram, which the engine skips.</summary>
    public static string Modeler(string processId, string body, string declarations = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0">
          <bpmn:process id="{processId}" isExecutable="true">
        {body}
          </bpmn:process>
        {declarations}
        </bpmn:definitions>
        """;

    public Task<DeployedDefinition> DeployAsync(string processId, string body, string declarations = "") =>
        DeployXmlAsync(processId, Wrap(processId, body, declarations));

    public async Task<DeployedDefinition> DeployXmlAsync(string processId, string xml)
    {
        var result = await Engine.DeployAsync(xml);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Definitions.Single(d => d.Key == processId);
    }

    public async Task<IReadOnlyList<UserTaskView>> OpenTasksAsync(Guid instanceId) =>
        (await Engine.QueryTasksAsync(new TaskQuery { InstanceId = instanceId, PageSize = 500 })).Items;

    public async Task<UserTaskView> SingleTaskAsync(Guid instanceId, string elementId) =>
        (await OpenTasksAsync(instanceId)).Single(t => t.ElementId == elementId);

    public async Task<InstanceView> InstanceAsync(Guid id) => (await Engine.GetInstanceAsync(id))!;

    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await Engine.FireDueTimersAsync();
    }

    public static string Flow(string id, string source, string target, string? condition = null) =>
        condition is null
            ? $"""<bpmn:sequenceFlow id="{id}" sourceRef="{source}" targetRef="{target}"/>"""
            : $"""<bpmn:sequenceFlow id="{id}" sourceRef="{source}" targetRef="{target}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{System.Security.SecurityElement.Escape(condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>""";

    public static Dictionary<string, object?> V(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value);
}
