using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>Signal start events: a broadcast starts the latest version of every process listening, and event subprocesses.</summary>
public sealed class SignalStartEventScenarioTests
{
    private const string Signals = """
        <bpmn:signal id="Signal_Larm" name="larm" />
        <bpmn:signal id="Signal_Annat" name="annat" />
        """;

    /// <summary>A process started by signal <paramref name="signalRef"/> that opens one task.</summary>
    private static string Started(string taskId, string signalRef = "Signal_Larm") => $"""
            <bpmn:startEvent id="StartEvent_{taskId}"><bpmn:outgoing>Flow_1{taskId}</bpmn:outgoing><bpmn:signalEventDefinition id="SignalDef_{taskId}" signalRef="{signalRef}" /></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1{taskId}" sourceRef="StartEvent_{taskId}" targetRef="{taskId}" />
            <bpmn:userTask id="{taskId}" name="{taskId}"><bpmn:incoming>Flow_1{taskId}</bpmn:incoming><bpmn:outgoing>Flow_2{taskId}</bpmn:outgoing></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_2{taskId}" sourceRef="{taskId}" targetRef="Event_Slut{taskId}" />
            <bpmn:endEvent id="Event_Slut{taskId}"><bpmn:incoming>Flow_2{taskId}</bpmn:incoming></bpmn:endEvent>
        """;

    /// <summary>A task "Arbeta" and an event subprocess started by signal "larm".</summary>
    private static string WithEventSubProcess(bool interrupting) => ModelerFile.Camunda7("bevakning", $"""
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Activity_Arbeta" />
            <bpmn:userTask id="Activity_Arbeta" name="Arbeta"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Arbeta" targetRef="Event_Slut" />
            <bpmn:endEvent id="Event_Slut"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
            <bpmn:subProcess id="Activity_Larm" triggeredByEvent="true">
              <bpmn:startEvent id="Event_LarmStart" isInterrupting="{(interrupting ? "true" : "false")}"><bpmn:outgoing>Flow_E1</bpmn:outgoing><bpmn:signalEventDefinition id="SignalDef_E" signalRef="Signal_Larm" /></bpmn:startEvent>
              <bpmn:sequenceFlow id="Flow_E1" sourceRef="Event_LarmStart" targetRef="Activity_Agera" />
              <bpmn:userTask id="Activity_Agera" name="Agera på larm"><bpmn:incoming>Flow_E1</bpmn:incoming><bpmn:outgoing>Flow_E2</bpmn:outgoing></bpmn:userTask>
              <bpmn:sequenceFlow id="Flow_E2" sourceRef="Activity_Agera" targetRef="Event_LarmSlut" />
              <bpmn:endEvent id="Event_LarmSlut"><bpmn:incoming>Flow_E2</bpmn:incoming></bpmn:endEvent>
            </bpmn:subProcess>
        """, Signals);

    private static async Task<IReadOnlyList<InstanceView>> InstancesOfAsync(EngineFixture f, string key) =>
        (await f.Engine.QueryInstancesAsync(new InstanceQuery { DefinitionKey = key, PageSize = 100 })).Items;

    [Fact]
    public async Task Broadcast_TwoProcessesStartOnSignal_OneInstanceOfEachWithTheSignalsVariables()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("hemtjanst", ModelerFile.Camunda7("hemtjanst", Started("Activity_Hemtjanst"), Signals,
            ("vard", Started("Activity_Vard")), ("ovrigt", Started("Activity_Ovrigt", "Signal_Annat"))));

        var reached = await f.Engine.BroadcastSignalAsync("larm", V(("adress", "Storgatan 1")));

        Assert.Equal(2, reached.Count);
        foreach (var key in new[] { "hemtjanst", "vard" })
        {
            var instance = Assert.Single(await InstancesOfAsync(f, key));
            Assert.Contains(instance.Id, reached);
            Assert.Equal("Storgatan 1", instance.Variables["adress"]);
            Assert.Single(await f.OpenTasksAsync(instance.Id));
        }
        Assert.Empty(await InstancesOfAsync(f, "ovrigt"));
    }

    [Fact]
    public async Task Broadcast_SeveralVersions_StartsOnlyTheLatest()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("hemtjanst", ModelerFile.Camunda7("hemtjanst", Started("Activity_Forsta"), Signals));
        await f.DeployXmlAsync("hemtjanst", ModelerFile.Camunda7("hemtjanst", Started("Activity_Andra"), Signals));

        await f.Engine.BroadcastSignalAsync("larm");

        var instance = Assert.Single(await InstancesOfAsync(f, "hemtjanst"));
        Assert.Equal(2, instance.DefinitionVersion);
        Assert.Equal("Activity_Andra", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
    }

    [Fact]
    public async Task SignalThrowEvent_OfOneProcess_StartsTheProcessListeningForIt()
    {
        var f = new EngineFixture();
        var thrower = """
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_T1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_T1" sourceRef="StartEvent_1" targetRef="Event_Larma" />
            <bpmn:intermediateThrowEvent id="Event_Larma"><bpmn:incoming>Flow_T1</bpmn:incoming><bpmn:outgoing>Flow_T2</bpmn:outgoing><bpmn:signalEventDefinition id="SignalDef_T" signalRef="Signal_Larm" /></bpmn:intermediateThrowEvent>
            <bpmn:sequenceFlow id="Flow_T2" sourceRef="Event_Larma" targetRef="Event_Larmat" />
            <bpmn:endEvent id="Event_Larmat"><bpmn:incoming>Flow_T2</bpmn:incoming></bpmn:endEvent>
            """;
        await f.DeployXmlAsync("larmcentral", ModelerFile.Camunda7("larmcentral", thrower, Signals, ("vard", Started("Activity_Vard"))));

        await f.Engine.StartAsync("larmcentral");

        var started = Assert.Single(await InstancesOfAsync(f, "vard"));
        Assert.Equal(InstanceStatus.Active, started.Status);
    }

    [Fact]
    public async Task InterruptingEventSubProcess_Broadcast_EndsTheTaskAndRunsTheSubProcess()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("bevakning", WithEventSubProcess(interrupting: true));
        var instance = await f.Engine.StartAsync("bevakning");

        var reached = await f.Engine.BroadcastSignalAsync("larm");

        Assert.Equal([instance.Id], reached);
        Assert.Equal("Activity_Agera", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
    }

    [Fact]
    public async Task NonInterruptingEventSubProcess_BroadcastTwice_RunsTwiceBesideTheTask()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("bevakning", WithEventSubProcess(interrupting: false));
        var instance = await f.Engine.StartAsync("bevakning");

        await f.Engine.BroadcastSignalAsync("larm");
        await f.Engine.BroadcastSignalAsync("larm");

        var tasks = (await f.OpenTasksAsync(instance.Id)).Select(t => t.ElementId).Order(StringComparer.Ordinal);
        Assert.Equal(["Activity_Agera", "Activity_Agera", "Activity_Arbeta"], tasks);
    }

    [Fact]
    public async Task SignalEndEvent_EndsItsTokenAndStartsTheProcessesListening()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("larmare", ModelerFile.Camunda7("larmare", """
                <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Activity_Bedom" />
                <bpmn:userTask id="Activity_Bedom" name="Bedöm"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Bedom" targetRef="Event_Larm" />
                <bpmn:endEvent id="Event_Larm"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:signalEventDefinition id="SignalDef_End" signalRef="Signal_Larm" /></bpmn:endEvent>
            """, Signals, ("hemtjanst", Started("Activity_Hemtjanst"))));
        var thrower = await f.Engine.StartAsync("larmare");
        Assert.Empty(await InstancesOfAsync(f, "hemtjanst"));

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(thrower.Id, "Activity_Bedom")).Id);

        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(thrower.Id)).Status);
        var started = Assert.Single(await InstancesOfAsync(f, "hemtjanst"));
        Assert.Single(await f.OpenTasksAsync(started.Id));
    }
}
