using Samverkan.Workflows.Execution;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>Camunda 8 message correlation: a message reaches the element whose subscription's correlation key has the given value.</summary>
public sealed class ZeebeMessageScenarioTests
{
    private const string Message = """
        <bpmn:message id="Message_Answer" name="svar">
          <bpmn:extensionElements><zeebe:subscription correlationKey="=caseId" /></bpmn:extensionElements>
        </bpmn:message>
        """;

    private static string Process(string waiting) => ModelerFile.Camunda8("answer", $"""
        <bpmn:startEvent id="StartEvent_1" />
        {waiting}
        <bpmn:userTask id="Handle" />
        <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Wait" />
        <bpmn:sequenceFlow id="Flow_2" sourceRef="Wait" targetRef="Handle" />
        """, Message);

    private const string CatchEvent = """<bpmn:intermediateCatchEvent id="Wait"><bpmn:messageEventDefinition id="Def_1" messageRef="Message_Answer" /></bpmn:intermediateCatchEvent>""";
    private const string ReceiveTask = """<bpmn:receiveTask id="Wait" messageRef="Message_Answer" />""";

    [Theory]
    [InlineData(CatchEvent)]
    [InlineData(ReceiveTask)]
    public async Task Correlate_ByKey_ReachesOnlyTheInstanceWithThatKey(string waiting)
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("answer", Process(waiting));
        var first = await f.Engine.StartAsync("answer", variables: V(("caseId", "A-1")));
        var second = await f.Engine.StartAsync("answer", variables: V(("caseId", "B-2")));

        var result = await f.Engine.CorrelateMessageAsync("svar", variables: V(("answer", "yes")), correlationKey: "B-2");

        Assert.Equal([second.Id], result.InstanceIds);
        Assert.Equal(["Wait"], (await f.InstanceAsync(first.Id)).ActiveElementIds);
        Assert.Equal(["Handle"], (await f.InstanceAsync(second.Id)).ActiveElementIds);
    }

    [Fact]
    public async Task Correlate_ByKey_InterruptsTheTaskOfThatInstanceThroughItsBoundaryEvent()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("withdraw", ModelerFile.Camunda8("withdraw", """
            <bpmn:startEvent id="StartEvent_1" />
            <bpmn:userTask id="Review" />
            <bpmn:boundaryEvent id="Withdrawn" attachedToRef="Review"><bpmn:messageEventDefinition id="Def_2" messageRef="Message_Answer" /></bpmn:boundaryEvent>
            <bpmn:userTask id="Close" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Review" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Withdrawn" targetRef="Close" />
            """, Message));
        var first = await f.Engine.StartAsync("withdraw", variables: V(("caseId", "A-1")));
        var second = await f.Engine.StartAsync("withdraw", variables: V(("caseId", "B-2")));

        await f.Engine.CorrelateMessageAsync("svar", correlationKey: "A-1");

        Assert.Equal(["Close"], (await f.InstanceAsync(first.Id)).ActiveElementIds);
        Assert.Equal(["Review"], (await f.InstanceAsync(second.Id)).ActiveElementIds);
    }

    [Fact]
    public async Task Correlate_NumericKey_ComparedAsText()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("answer", Process(CatchEvent));
        var instance = await f.Engine.StartAsync("answer", variables: V(("caseId", 42L)));

        var result = await f.Engine.CorrelateMessageAsync("svar", correlationKey: "42");

        Assert.Equal([instance.Id], result.InstanceIds);
    }

    [Fact]
    public async Task Correlate_UnknownKey_NotFoundAndNothingMoves()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("answer", Process(CatchEvent));
        var instance = await f.Engine.StartAsync("answer", variables: V(("caseId", "A-1")));

        var error = await Assert.ThrowsAsync<EngineException>(() => f.Engine.CorrelateMessageAsync("svar", correlationKey: "Z-9"));

        Assert.Equal(EngineErrorKind.NotFound, error.Kind);
        Assert.Equal(["Wait"], (await f.InstanceAsync(instance.Id)).ActiveElementIds);
    }
}
