using Samverkan.Workflows.Monitoring;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>Link events: a throwing link event continues at the catching link event of the same name in its own scope.</summary>
public sealed class LinkEventScenarioTests
{
    private static string Throw(string id, string incoming, string name) => $"""
            <bpmn:intermediateThrowEvent id="{id}" name="Till {name}"><bpmn:incoming>{incoming}</bpmn:incoming><bpmn:linkEventDefinition id="Link_{id}" name="{name}" /></bpmn:intermediateThrowEvent>
        """;

    private static string Catch(string id, string outgoing, string name, string incoming = "") => $"""
            <bpmn:intermediateCatchEvent id="{id}" name="{name}">{incoming}<bpmn:outgoing>{outgoing}</bpmn:outgoing><bpmn:linkEventDefinition id="Link_{id}" name="{name}" /></bpmn:intermediateCatchEvent>
        """;

    private static string Task(string id, string incoming, string outgoing) => $"""
            <bpmn:userTask id="{id}" name="{id}"><bpmn:incoming>{incoming}</bpmn:incoming><bpmn:outgoing>{outgoing}</bpmn:outgoing></bpmn:userTask>
        """;

    /// <summary>Register, jump over the page to "Beslut", decide, end; the subprocess has its own link of the same name.</summary>
    private static string Process(bool withSubProcess = false) => ModelerFile.Camunda7("arende", $"""
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Activity_Registrera" />
            {Task("Activity_Registrera", "Flow_1", "Flow_2")}
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Registrera" targetRef="Event_TillBeslut" />
            {Throw("Event_TillBeslut", "Flow_2", "Beslut")}
            {Catch("Event_Beslut", "Flow_3", "Beslut")}
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Event_Beslut" targetRef="{(withSubProcess ? "Activity_Utredning" : "Activity_Besluta")}" />
            {(withSubProcess ? SubProcess : "")}
            {Task("Activity_Besluta", withSubProcess ? "Flow_4" : "Flow_3", "Flow_5")}
            <bpmn:sequenceFlow id="Flow_5" sourceRef="Activity_Besluta" targetRef="Event_Klar" />
            <bpmn:endEvent id="Event_Klar"><bpmn:incoming>Flow_5</bpmn:incoming></bpmn:endEvent>
        """);

    private static readonly string SubProcess = $"""
            <bpmn:subProcess id="Activity_Utredning" name="Utredning"><bpmn:incoming>Flow_3</bpmn:incoming><bpmn:outgoing>Flow_4</bpmn:outgoing>
              <bpmn:startEvent id="Event_UtredningStart"><bpmn:outgoing>Flow_S1</bpmn:outgoing></bpmn:startEvent>
              <bpmn:sequenceFlow id="Flow_S1" sourceRef="Event_UtredningStart" targetRef="Event_InreTill" />
              {Throw("Event_InreTill", "Flow_S1", "Beslut")}
              {Catch("Event_InreBeslut", "Flow_S2", "Beslut")}
              <bpmn:sequenceFlow id="Flow_S2" sourceRef="Event_InreBeslut" targetRef="Activity_Utred" />
              {Task("Activity_Utred", "Flow_S2", "Flow_S3")}
              <bpmn:sequenceFlow id="Flow_S3" sourceRef="Activity_Utred" targetRef="Event_UtredningKlar" />
              <bpmn:endEvent id="Event_UtredningKlar"><bpmn:incoming>Flow_S3</bpmn:incoming></bpmn:endEvent>
            </bpmn:subProcess>
            <bpmn:sequenceFlow id="Flow_4" sourceRef="Activity_Utredning" targetRef="Activity_Besluta" />
        """;

    [Fact]
    public async Task LinkThrow_MatchingCatch_TokenContinuesAfterCatchAndInstanceCompletes()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("arende", Process());
        var instance = await f.Engine.StartAsync("arende");

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_Registrera")).Id);

        var task = Assert.Single(await f.OpenTasksAsync(instance.Id));
        Assert.Equal("Activity_Besluta", task.ElementId);
        await f.Engine.CompleteTaskAsync(task.Id);
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task LinkThrow_InSubProcess_GoesToCatchOfSameNameInsideSubProcessNotProcessLevel()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("arende", Process(withSubProcess: true));
        var instance = await f.Engine.StartAsync("arende");
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_Registrera")).Id);

        var inner = Assert.Single(await f.OpenTasksAsync(instance.Id));
        Assert.Equal("Activity_Utred", inner.ElementId);
        await f.Engine.CompleteTaskAsync(inner.Id);

        var after = Assert.Single(await f.OpenTasksAsync(instance.Id));
        Assert.Equal("Activity_Besluta", after.ElementId);
    }

    [Fact]
    public async Task Deploy_ThrowWithoutCatchInItsScope_RefusedNamingTheThrowEvent()
    {
        // The only catch named "Beslut" is at process level, the throw inside the subprocess.
        var xml = Process(withSubProcess: true)
            .Replace(Catch("Event_InreBeslut", "Flow_S2", "Beslut"), Catch("Event_InreBeslut", "Flow_S2", "Annat"), StringComparison.Ordinal);
        var result = await new EngineFixture().Engine.DeployAsync(xml);

        var error = Assert.Single(result.Errors);
        Assert.Equal("link-without-catch", error.Code);
        Assert.Equal("Event_InreTill", error.ElementId);
        Assert.Contains("'Beslut'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deploy_TwoCatchesWithOneName_Refused()
    {
        var xml = Process().Replace("</bpmn:process>", $"""
            {Catch("Event_Beslut2", "Flow_X", "Beslut")}
            <bpmn:sequenceFlow id="Flow_X" sourceRef="Event_Beslut2" targetRef="Event_Slut2" />
            <bpmn:endEvent id="Event_Slut2"><bpmn:incoming>Flow_X</bpmn:incoming></bpmn:endEvent>
            </bpmn:process>
            """, StringComparison.Ordinal);
        var result = await new EngineFixture().Engine.DeployAsync(xml);

        var error = Assert.Single(result.Errors);
        Assert.Equal("link-catch-duplicate", error.Code);
        Assert.Equal("Event_Beslut2", error.ElementId);
    }

    [Fact]
    public async Task Deploy_CatchWithIncomingFlow_Refused()
    {
        var xml = Process()
            .Replace(Catch("Event_Beslut", "Flow_3", "Beslut"), Catch("Event_Beslut", "Flow_3", "Beslut", "<bpmn:incoming>Flow_Y</bpmn:incoming>"), StringComparison.Ordinal)
            .Replace("</bpmn:process>", """
                <bpmn:startEvent id="Event_AndraStart"><bpmn:outgoing>Flow_Y</bpmn:outgoing><bpmn:messageEventDefinition id="Msg_Def" messageRef="Message_1" /></bpmn:startEvent>
                <bpmn:sequenceFlow id="Flow_Y" sourceRef="Event_AndraStart" targetRef="Event_Beslut" />
                </bpmn:process><bpmn:message id="Message_1" name="annan" />
                """, StringComparison.Ordinal);
        var result = await new EngineFixture().Engine.DeployAsync(xml);

        var error = Assert.Single(result.Errors);
        Assert.Equal("link-catch-with-incoming", error.Code);
        Assert.Equal("Event_Beslut", error.ElementId);
    }
}
