using Samverkan.Workflows.Monitoring;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>
/// A terminate end event ends every token of its own scope only: in a subprocess that subprocess instance completes
/// normally and its outgoing flow is taken; in a multi-instance body just that iteration ends; at process level the instance.
/// </summary>
public sealed class TerminateInSubprocessScenarioTests
{
    private static string Task(string id, string incoming, string outgoing) => $"""
            <bpmn:userTask id="{id}" name="{id}"><bpmn:incoming>{incoming}</bpmn:incoming><bpmn:outgoing>{outgoing}</bpmn:outgoing></bpmn:userTask>
        """;

    /// <summary>
    /// Inside "Utredning": task "Granska" beside a choice that terminates when <c>avbryt</c> (else a none end); beside the
    /// subprocess at process level a task "Parallell"; after it "Efter".
    /// </summary>
    private static string Process(string loop = "") => ModelerFile.Camunda7("terminera", $"""
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Gateway_Dela" />
            <bpmn:parallelGateway id="Gateway_Dela"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing><bpmn:outgoing>Flow_P</bpmn:outgoing></bpmn:parallelGateway>
            <bpmn:sequenceFlow id="Flow_P" sourceRef="Gateway_Dela" targetRef="Activity_Parallell" />
            {Task("Activity_Parallell", "Flow_P", "Flow_P2")}
            <bpmn:sequenceFlow id="Flow_P2" sourceRef="Activity_Parallell" targetRef="Event_ParallellSlut" />
            <bpmn:endEvent id="Event_ParallellSlut"><bpmn:incoming>Flow_P2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Gateway_Dela" targetRef="Activity_Utredning" />
            <bpmn:subProcess id="Activity_Utredning"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing>{loop}
              <bpmn:startEvent id="Event_InreStart"><bpmn:outgoing>Flow_S1</bpmn:outgoing></bpmn:startEvent>
              <bpmn:sequenceFlow id="Flow_S1" sourceRef="Event_InreStart" targetRef="Gateway_InreDela" />
              <bpmn:parallelGateway id="Gateway_InreDela"><bpmn:incoming>Flow_S1</bpmn:incoming><bpmn:outgoing>Flow_S2</bpmn:outgoing><bpmn:outgoing>Flow_S3</bpmn:outgoing></bpmn:parallelGateway>
              <bpmn:sequenceFlow id="Flow_S2" sourceRef="Gateway_InreDela" targetRef="Activity_Granska" />
              {Task("Activity_Granska", "Flow_S2", "Flow_S4")}
              <bpmn:sequenceFlow id="Flow_S4" sourceRef="Activity_Granska" targetRef="Event_Granskad" />
              <bpmn:endEvent id="Event_Granskad"><bpmn:incoming>Flow_S4</bpmn:incoming></bpmn:endEvent>
              <bpmn:sequenceFlow id="Flow_S3" sourceRef="Gateway_InreDela" targetRef="Gateway_Avbryt" />
              <bpmn:exclusiveGateway id="Gateway_Avbryt" default="Flow_S6"><bpmn:incoming>Flow_S3</bpmn:incoming><bpmn:outgoing>Flow_S5</bpmn:outgoing><bpmn:outgoing>Flow_S6</bpmn:outgoing></bpmn:exclusiveGateway>
              <bpmn:sequenceFlow id="Flow_S5" sourceRef="Gateway_Avbryt" targetRef="Event_Terminera"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{AvbrytCondition}</bpmn:conditionExpression></bpmn:sequenceFlow>
              <bpmn:endEvent id="Event_Terminera"><bpmn:incoming>Flow_S5</bpmn:incoming><bpmn:terminateEventDefinition id="TerminateDef_1" /></bpmn:endEvent>
              <bpmn:sequenceFlow id="Flow_S6" sourceRef="Gateway_Avbryt" targetRef="Event_Fortsatt" />
              <bpmn:endEvent id="Event_Fortsatt"><bpmn:incoming>Flow_S6</bpmn:incoming></bpmn:endEvent>
            </bpmn:subProcess>
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Activity_Utredning" targetRef="Activity_Efter" />
            {Task("Activity_Efter", "Flow_3", "Flow_4")}
            <bpmn:sequenceFlow id="Flow_4" sourceRef="Activity_Efter" targetRef="Event_Slut" />
            <bpmn:endEvent id="Event_Slut"><bpmn:incoming>Flow_4</bpmn:incoming></bpmn:endEvent>
        """);

    private const string AvbrytCondition = "${avbryt}";

    private const string Loop = """<bpmn:multiInstanceLoopCharacteristics camunda:collection="${arenden}" camunda:elementVariable="arende" />""";

    private static async Task<string[]> TaskIdsAsync(EngineFixture f, Guid instanceId) =>
        (await f.OpenTasksAsync(instanceId)).Select(t => t.ElementId).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task TerminateInSubProcess_EndsItsTokensOnly_SubProcessCompletesAndTakesItsOutgoingFlow()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("terminera", Process());

        var instance = await f.Engine.StartAsync("terminera", variables: V(("avbryt", true)));

        Assert.Equal(["Activity_Efter", "Activity_Parallell"], await TaskIdsAsync(f, instance.Id));
        var view = await f.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Active, view.Status);
        Assert.DoesNotContain("Activity_Utredning", view.ActiveElementIds);
    }

    [Fact]
    public async Task NoTerminate_SubProcessWaitsForItsTask()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("terminera", Process());

        var instance = await f.Engine.StartAsync("terminera", variables: V(("avbryt", false)));

        Assert.Equal(["Activity_Granska", "Activity_Parallell"], await TaskIdsAsync(f, instance.Id));
    }

    [Fact]
    public async Task TerminateInMultiInstanceSubProcess_EndsJustThatIteration()
    {
        var f = new EngineFixture();
        // Only the iteration whose arende is "stoppa" reaches its terminate end event.
        await f.DeployXmlAsync("terminera", Process(Loop).Replace("${avbryt}", "${arende == \"stoppa\"}", StringComparison.Ordinal));

        var instance = await f.Engine.StartAsync("terminera", variables: V(("arenden", new[] { "a", "stoppa", "c" })));

        Assert.Equal(["Activity_Granska", "Activity_Granska", "Activity_Parallell"], await TaskIdsAsync(f, instance.Id));
        foreach (var task in (await f.OpenTasksAsync(instance.Id)).Where(t => t.ElementId == "Activity_Granska"))
        {
            await f.Engine.CompleteTaskAsync(task.Id);
        }
        Assert.Equal(["Activity_Efter", "Activity_Parallell"], await TaskIdsAsync(f, instance.Id));
    }

    [Fact]
    public async Task TerminateAtProcessLevel_EndsTheWholeInstance()
    {
        var f = new EngineFixture();
        var xml = Process().Replace("""<bpmn:endEvent id="Event_ParallellSlut"><bpmn:incoming>Flow_P2</bpmn:incoming></bpmn:endEvent>""",
            """<bpmn:endEvent id="Event_ParallellSlut"><bpmn:incoming>Flow_P2</bpmn:incoming><bpmn:terminateEventDefinition id="TerminateDef_P" /></bpmn:endEvent>""", StringComparison.Ordinal);
        await f.DeployXmlAsync("terminera", xml);
        var instance = await f.Engine.StartAsync("terminera", variables: V(("avbryt", false)));

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_Parallell")).Id);

        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
        Assert.Empty(await f.OpenTasksAsync(instance.Id));
    }
}
