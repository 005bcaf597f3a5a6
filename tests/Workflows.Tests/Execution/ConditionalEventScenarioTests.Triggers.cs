using Samverkan.Workflows.Abstractions;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <content>Conditions looked at after a service task handler's result, and a condition that cannot be evaluated.</content>
public sealed partial class ConditionalEventScenarioTests
{
    private sealed class RiskHandler : IServiceTaskHandler
    {
        public string Name => "bedomRisk";

        public System.Threading.Tasks.Task<IReadOnlyDictionary<string, object?>?> ExecuteAsync(ServiceTaskContext context, CancellationToken ct) =>
            System.Threading.Tasks.Task.FromResult<IReadOnlyDictionary<string, object?>?>(new Dictionary<string, object?> { ["risk"] = "hög" });
    }

    /// <summary>"Utred" with a non-interrupting conditional boundary beside a service task whose handler sets <c>risk</c>.</summary>
    private static string WithHandler() => ModelerFile.Camunda7("risk", $"""
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Gateway_Dela" />
            <bpmn:parallelGateway id="Gateway_Dela"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_A</bpmn:outgoing><bpmn:outgoing>Flow_B</bpmn:outgoing></bpmn:parallelGateway>
            <bpmn:sequenceFlow id="Flow_A" sourceRef="Gateway_Dela" targetRef="Activity_Utred" />
            {Task("Activity_Utred", "Flow_A", "Flow_A2")}
            <bpmn:sequenceFlow id="Flow_A2" sourceRef="Activity_Utred" targetRef="Event_SlutA" />
            <bpmn:endEvent id="Event_SlutA"><bpmn:incoming>Flow_A2</bpmn:incoming></bpmn:endEvent>
            <bpmn:boundaryEvent id="Event_Risk" cancelActivity="false" attachedToRef="Activity_Utred"><bpmn:outgoing>Flow_R</bpmn:outgoing>{Condition("Risk", "${risk == \"hög\"}")}</bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="Flow_R" sourceRef="Event_Risk" targetRef="Activity_Extra" />
            {Task("Activity_Extra", "Flow_R", "Flow_R2")}
            <bpmn:sequenceFlow id="Flow_R2" sourceRef="Activity_Extra" targetRef="Event_SlutR" />
            <bpmn:endEvent id="Event_SlutR"><bpmn:incoming>Flow_R2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_B" sourceRef="Gateway_Dela" targetRef="Activity_Bedom" />
            <bpmn:serviceTask id="Activity_Bedom" name="Bedöm risk" camunda:delegateExpression="{BedomRisk}"><bpmn:incoming>Flow_B</bpmn:incoming><bpmn:outgoing>Flow_B2</bpmn:outgoing></bpmn:serviceTask>
            <bpmn:sequenceFlow id="Flow_B2" sourceRef="Activity_Bedom" targetRef="Event_SlutB" />
            <bpmn:endEvent id="Event_SlutB"><bpmn:incoming>Flow_B2</bpmn:incoming></bpmn:endEvent>
        """);

    private const string BedomRisk = "${bedomRisk}";

    [Fact]
    public async Task NonInterruptingBoundary_HandlerResultSetsVariable_FiresBesideTheTask()
    {
        var f = new EngineFixture(handlers: [new RiskHandler()]);
        await f.DeployXmlAsync("risk", WithHandler());
        var instance = await f.Engine.StartAsync("risk", variables: V(("risk", "låg")));
        Assert.Equal(["Activity_Utred"], await TaskIdsAsync(f, instance.Id));

        await f.Engine.RunDueJobsAsync();

        Assert.Equal(["Activity_Extra", "Activity_Utred"], await TaskIdsAsync(f, instance.Id));
    }

    [Fact]
    public async Task IntermediateCatch_ConditionFailsOnTheValues_IncidentOnTheCatchEvent()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("vanta", Waiting("${belopp.Length > 3}"));

        var instance = await f.Engine.StartAsync("vanta", variables: V(("belopp", 12)));

        var incident = Assert.Single((await f.InstanceAsync(instance.Id)).Incidents);
        Assert.Equal("Event_Villkor", incident.ElementId);
        Assert.Contains("Event_Villkor", incident.Message, StringComparison.Ordinal);
        Assert.Empty(await f.OpenTasksAsync(instance.Id));
    }
}
