using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Rules.Evaluation;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows;

namespace Samverkan.Rules.Tests.Evaluation;

/// <summary>
/// The outcome shape against the real engine: a business rule task stores <see cref="RuleOutcome.ToVariable"/> and a
/// gateway reads it. The adapter below is the one Host wires (Rules and Workflows do not reference each other).
/// </summary>
public sealed class BusinessRuleTaskContractTests
{
    private const string Process =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="http://samverkan.se/test">
          <bpmn:process id="pull" isExecutable="true">
            <bpmn:startEvent id="start"/>
            <bpmn:businessRuleTask id="check" camunda:decisionRef="RedThreadPull" camunda:resultVariable="pull"/>
            <bpmn:exclusiveGateway id="route" default="toP3"/>
            <bpmn:userTask id="samverkansproblem" camunda:candidateGroups="${pull.route}"/>
            <bpmn:userTask id="convene" camunda:candidateGroups="narvardskontoret"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check"/>
            <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="route"/>
            <bpmn:sequenceFlow id="toP2" sourceRef="route" targetRef="samverkansproblem"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${!pull.passed &amp;&amp; pull.route == "P2"}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="toP3" sourceRef="route" targetRef="convene"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task BusinessRuleTask_ParameterChangedBetweenInstances_NextInstanceTakesTheOtherWay()
    {
        await using var f = await RulesFixture.CreateAsync();
        await f.Services.DeployRulesAsync(Path.Combine(AppContext.BaseDirectory, "rules"));
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2025-07-01T10:00:00+02:00"));
        var engine = InMemoryEngine(clock, new RuleSetTaskEvaluator(f.Evaluator));
        Assert.True((await engine.DeployAsync(Process)).Succeeded);
        var input = new Dictionary<string, object?> { ["party"] = "polis", ["individualHarmed"] = true, ["unreasonableBurden"] = true, ["sipAttempted"] = true };

        var paused = await engine.StartAsync("pull", variables: input);
        await f.Parameters.ChangeAsync("redThreadPauseWeeks", new(JsonSerializer.SerializeToElement(Array.Empty<string>()), "chef@test", "Pausen hävs", clock.GetUtcNow().AddDays(-1)));
        var open = await engine.StartAsync("pull", variables: input);

        Assert.Equal("samverkansproblem", await OpenTaskAsync(engine, paused.Id));
        Assert.Equal("convene", await OpenTaskAsync(engine, open.Id));
        var pull = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(paused.Variables["pull"]);
        Assert.Equal(["NotPaused"], Assert.IsAssignableFrom<IEnumerable<object?>>(pull["failedRules"]));
        var history = await engine.GetHistoryAsync(open.Id);
        Assert.Contains(history, h => h.Type == HistoryTypes.DecisionEvaluated && h.Detail!.StartsWith("RedThreadPull v1, parameters r", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BusinessRuleTask_RuleErrors_BecomesAnIncidentNotAWay()
    {
        await using var f = await RulesFixture.CreateAsync();
        await f.Services.DeployRulesAsync(Path.Combine(AppContext.BaseDirectory, "rules"));
        var engine = InMemoryEngine(new FakeTimeProvider(RulesFixture.Start), new RuleSetTaskEvaluator(f.Evaluator));
        await engine.DeployAsync(Process);

        var instance = await engine.StartAsync("pull", variables: new Dictionary<string, object?> { ["party"] = "polis" });

        Assert.Contains("sipAttempted", Assert.Single(instance.Incidents).Message);
    }

    private static async Task<string> OpenTaskAsync(ProcessEngine engine, Guid instanceId) =>
        Assert.Single((await engine.QueryTasksAsync(new TaskQuery { InstanceId = instanceId })).Items).ElementId;

    /// <summary>What Host registers as the engine's rule port.</summary>
    private sealed class RuleSetTaskEvaluator(IRuleEvaluator rules) : IBusinessRuleEvaluator
    {
        public async Task<BusinessRuleResult> EvaluateAsync(string decisionRef, IReadOnlyDictionary<string, object?> variables, DateTimeOffset asOf, CancellationToken ct)
        {
            var outcome = await rules.EvaluateAsync(decisionRef, variables, asOf, ct);
            return new BusinessRuleResult(outcome.ToVariable(), outcome.Describe());
        }
    }

    private static ProcessEngine InMemoryEngine(TimeProvider clock, IBusinessRuleEvaluator rules) =>
        new ServiceCollection()
            .AddSingleton(clock)
            .AddSingleton(rules)
            .AddInMemoryWorkflowStore()
            .AddWorkflows(_ => { })
            .BuildServiceProvider()
            .GetRequiredService<ProcessEngine>();
}
