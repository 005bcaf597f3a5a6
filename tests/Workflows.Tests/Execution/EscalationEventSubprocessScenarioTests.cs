using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>
/// Escalations caught by event subprocesses: innermost scope first (the event subprocesses inside a subprocess before the
/// boundary events on it), an exact code before a catch-all, and a non-interrupting catch lets the thrower go on.
/// </summary>
public sealed class EscalationEventSubprocessScenarioTests
{
    private const string Escalations = """
        <bpmn:escalation id="Escalation_Sen" name="Sen" escalationCode="SEN" />
        <bpmn:escalation id="Escalation_Akut" name="Akut" escalationCode="AKUT" />
        """;

    private static string Task(string id, string incoming, string outgoing) => $"""
            <bpmn:userTask id="{id}" name="{id}"><bpmn:incoming>{incoming}</bpmn:incoming><bpmn:outgoing>{outgoing}</bpmn:outgoing></bpmn:userTask>
        """;

    private static string Definition(string id, string? escalationRef) =>
        escalationRef is null ? $"""<bpmn:escalationEventDefinition id="EscDef_{id}" />"""
            : $"""<bpmn:escalationEventDefinition id="EscDef_{id}" escalationRef="{escalationRef}" />""";

    /// <summary>An event subprocess whose escalation start opens the task <paramref name="taskId"/>.</summary>
    private static string Catcher(string id, string? escalationRef, bool interrupting, string taskId) => $"""
            <bpmn:subProcess id="{id}" triggeredByEvent="true">
              <bpmn:startEvent id="{id}_Start" isInterrupting="{(interrupting ? "true" : "false")}"><bpmn:outgoing>{id}_F1</bpmn:outgoing>{Definition(id, escalationRef)}</bpmn:startEvent>
              <bpmn:sequenceFlow id="{id}_F1" sourceRef="{id}_Start" targetRef="{taskId}" />
              {Task(taskId, $"{id}_F1", $"{id}_F2")}
              <bpmn:sequenceFlow id="{id}_F2" sourceRef="{taskId}" targetRef="{id}_End" />
              <bpmn:endEvent id="{id}_End"><bpmn:incoming>{id}_F2</bpmn:incoming></bpmn:endEvent>
            </bpmn:subProcess>
        """;

    /// <summary>Task "Granska", an intermediate escalation throw, task "Fortsatt"; plus <paramref name="catchers"/>.</summary>
    private static string ThrowInMainFlow(string escalationRef, string catchers) => ModelerFile.Camunda7("eskalering", $"""
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Activity_Granska" />
            {Task("Activity_Granska", "Flow_1", "Flow_2")}
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Granska" targetRef="Event_Eskalera" />
            <bpmn:intermediateThrowEvent id="Event_Eskalera" name="Försenad"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing>{Definition("Throw", escalationRef)}</bpmn:intermediateThrowEvent>
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Event_Eskalera" targetRef="Activity_Fortsatt" />
            {Task("Activity_Fortsatt", "Flow_3", "Flow_4")}
            <bpmn:sequenceFlow id="Flow_4" sourceRef="Activity_Fortsatt" targetRef="Event_Slut" />
            <bpmn:endEvent id="Event_Slut"><bpmn:incoming>Flow_4</bpmn:incoming></bpmn:endEvent>
            {catchers}
        """, Escalations);

    /// <summary>
    /// A subprocess "Utredning" whose escalation end event throws <paramref name="escalationRef"/> beside a parallel task
    /// "Dokumentera"; inside it <paramref name="innerCatchers"/>; on it a catch-all boundary escalation to "Boundary";
    /// at process level <paramref name="outerCatchers"/>.
    /// </summary>
    private static string ThrowInSubProcess(string escalationRef, string innerCatchers, string outerCatchers = "", bool withBoundary = true) =>
        ModelerFile.Camunda7("nastlad", $"""
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Activity_Utredning" />
            <bpmn:subProcess id="Activity_Utredning"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
              <bpmn:startEvent id="Event_InreStart"><bpmn:outgoing>Flow_S1</bpmn:outgoing></bpmn:startEvent>
              <bpmn:sequenceFlow id="Flow_S1" sourceRef="Event_InreStart" targetRef="Gateway_Dela" />
              <bpmn:parallelGateway id="Gateway_Dela"><bpmn:incoming>Flow_S1</bpmn:incoming><bpmn:outgoing>Flow_S2</bpmn:outgoing><bpmn:outgoing>Flow_S3</bpmn:outgoing></bpmn:parallelGateway>
              <bpmn:sequenceFlow id="Flow_S2" sourceRef="Gateway_Dela" targetRef="Event_InreEskalering" />
              <bpmn:endEvent id="Event_InreEskalering"><bpmn:incoming>Flow_S2</bpmn:incoming>{Definition("End", escalationRef)}</bpmn:endEvent>
              <bpmn:sequenceFlow id="Flow_S3" sourceRef="Gateway_Dela" targetRef="Activity_Dokumentera" />
              {Task("Activity_Dokumentera", "Flow_S3", "Flow_S4")}
              <bpmn:sequenceFlow id="Flow_S4" sourceRef="Activity_Dokumentera" targetRef="Event_InreSlut" />
              <bpmn:endEvent id="Event_InreSlut"><bpmn:incoming>Flow_S4</bpmn:incoming></bpmn:endEvent>
              {innerCatchers}
            </bpmn:subProcess>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Utredning" targetRef="Activity_Efter" />
            {Task("Activity_Efter", "Flow_2", "Flow_3")}
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Activity_Efter" targetRef="Event_Slut" />
            <bpmn:endEvent id="Event_Slut"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
            {(withBoundary ? """
            <bpmn:boundaryEvent id="Event_Grans" attachedToRef="Activity_Utredning"><bpmn:outgoing>Flow_B</bpmn:outgoing><bpmn:escalationEventDefinition id="EscDef_Grans" /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="Flow_B" sourceRef="Event_Grans" targetRef="Activity_Boundary" />
            <bpmn:userTask id="Activity_Boundary" name="Boundary"><bpmn:incoming>Flow_B</bpmn:incoming><bpmn:outgoing>Flow_B2</bpmn:outgoing></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_B2" sourceRef="Activity_Boundary" targetRef="Event_GransSlut" />
            <bpmn:endEvent id="Event_GransSlut"><bpmn:incoming>Flow_B2</bpmn:incoming></bpmn:endEvent>
            """ : "")}
            {outerCatchers}
        """, Escalations);

    private static async Task<string[]> TaskIdsAsync(EngineFixture f, Guid instanceId) =>
        (await f.OpenTasksAsync(instanceId)).Select(t => t.ElementId).Order(StringComparer.Ordinal).ToArray();

    private static async Task<Guid> StartAndReviewAsync(EngineFixture f, string key, string xml)
    {
        await f.DeployXmlAsync(key, xml);
        var instance = await f.Engine.StartAsync(key);
        if (key == "eskalering")
        {
            await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_Granska")).Id);
        }
        return instance.Id;
    }

    [Fact]
    public async Task NonInterrupting_IntermediateThrow_SubProcessRunsAndThrowerGoesOn()
    {
        var f = new EngineFixture();
        var id = await StartAndReviewAsync(f, "eskalering", ThrowInMainFlow("Escalation_Sen", Catcher("Activity_Sen", "Escalation_Sen", false, "Activity_Paminn")));

        Assert.Equal(["Activity_Fortsatt", "Activity_Paminn"], await TaskIdsAsync(f, id));
        Assert.Contains(await f.Engine.GetHistoryAsync(id), h => h.Type == HistoryTypes.EscalationThrown && h.ElementId == "Event_Eskalera");
    }

    [Fact]
    public async Task Interrupting_IntermediateThrow_ThrowerEndsAndInstanceCompletesAfterTheSubProcess()
    {
        var f = new EngineFixture();
        var id = await StartAndReviewAsync(f, "eskalering", ThrowInMainFlow("Escalation_Sen", Catcher("Activity_Sen", "Escalation_Sen", true, "Activity_Paminn")));

        Assert.Equal(["Activity_Paminn"], await TaskIdsAsync(f, id));
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(id, "Activity_Paminn")).Id);
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(id)).Status);
    }

    [Fact]
    public async Task ExactCodeAndCatchAll_ExactCodeWins_OtherCodeGoesToCatchAll()
    {
        var catchers = Catcher("Activity_Alla", null, false, "Activity_AllaTask") + Catcher("Activity_Sen", "Escalation_Sen", false, "Activity_SenTask");
        var f = new EngineFixture();
        var exact = await StartAndReviewAsync(f, "eskalering", ThrowInMainFlow("Escalation_Sen", catchers));
        Assert.Equal(["Activity_Fortsatt", "Activity_SenTask"], await TaskIdsAsync(f, exact));

        var other = new EngineFixture();
        var any = await StartAndReviewAsync(other, "eskalering", ThrowInMainFlow("Escalation_Akut", catchers));
        Assert.Equal(["Activity_AllaTask", "Activity_Fortsatt"], await TaskIdsAsync(other, any));
    }

    [Fact]
    public async Task InsideSubProcess_EventSubProcessThereCatchesBeforeTheBoundaryOnTheSubProcess()
    {
        var f = new EngineFixture();
        var id = await StartAndReviewAsync(f, "nastlad", ThrowInSubProcess("Escalation_Sen", Catcher("Activity_InreSen", "Escalation_Sen", false, "Activity_Inre")));

        Assert.Equal(["Activity_Dokumentera", "Activity_Inre"], await TaskIdsAsync(f, id));
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(id, "Activity_Dokumentera")).Id);
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(id, "Activity_Inre")).Id);
        Assert.Equal(["Activity_Efter"], await TaskIdsAsync(f, id));
    }

    [Fact]
    public async Task InsideSubProcess_NoMatchingCodeThere_BoundaryOnTheSubProcessCatches()
    {
        var f = new EngineFixture();
        var id = await StartAndReviewAsync(f, "nastlad", ThrowInSubProcess("Escalation_Akut", Catcher("Activity_InreSen", "Escalation_Sen", false, "Activity_Inre")));

        Assert.Equal(["Activity_Boundary"], await TaskIdsAsync(f, id));
    }

    [Fact]
    public async Task InsideSubProcess_NoCatcherInsideOrOnIt_ProcessLevelEventSubProcessCatches()
    {
        var f = new EngineFixture();
        var id = await StartAndReviewAsync(f, "nastlad", ThrowInSubProcess("Escalation_Sen", "", Catcher("Activity_YttreSen", "Escalation_Sen", true, "Activity_Yttre"), withBoundary: false));

        Assert.Equal(["Activity_Yttre"], await TaskIdsAsync(f, id));
    }

    [Fact]
    public async Task Deploy_EscalationStartOfTheProcess_Refused()
    {
        var xml = ModelerFile.Camunda7("start", $"""
            <bpmn:startEvent id="StartEvent_Eskalering"><bpmn:outgoing>Flow_1</bpmn:outgoing>{Definition("S", "Escalation_Sen")}</bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Eskalering" targetRef="Event_Slut" />
            <bpmn:endEvent id="Event_Slut"><bpmn:incoming>Flow_1</bpmn:incoming></bpmn:endEvent>
            """, Escalations);
        var result = await new EngineFixture().Engine.DeployAsync(xml);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "trigger-not-supported");
    }
}
