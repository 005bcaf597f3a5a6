using Samverkan.Workflows.Parsing;

namespace Samverkan.Workflows.Tests.Parsing;

public sealed class BpmnParserProcessTests
{
    private readonly BpmnParser _parser = new();

    [Fact]
    public void Parse_NonExecutableProcess_IgnoredWithWarningAndErrorWhenNoneLeft()
    {
        var xml = BpmnXml.Definitions("<bpmn:startEvent id=\"Start\" />").Replace("isExecutable=\"true\"", "isExecutable=\"false\"");

        var result = _parser.Parse(xml);

        Assert.Empty(result.Document!.Processes);
        Assert.Contains(result.Diagnostics, d => !d.IsError && d.ElementId == "Process_1" && d.Message.Contains("not executable"));
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains("no executable process"));
    }

    [Fact]
    public void Parse_DuplicateId_ErrorAndFirstKept()
    {
        var xml = BpmnXml.Definitions("""
                <bpmn:startEvent id="Start" />
                <bpmn:task id="Start" />
            """);

        var result = _parser.Parse(xml);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("Start", error.ElementId);
        Assert.Equal(8, error.Line);
        Assert.Contains("duplicate id", error.Message);
        Assert.Single(result.Document!.Processes[0].Nodes);
    }

    [Fact]
    public void Parse_MessageWithoutName_Error()
    {
        var xml = BpmnXml.Definitions(
            "<bpmn:receiveTask id=\"Wait\" messageRef=\"Message_1\" />",
            "<bpmn:message id=\"Message_1\" />");

        var result = _parser.Parse(xml);

        Assert.Contains(result.Diagnostics, d => d.IsError && d.ElementId == "Wait" && d.Message.Contains("has no name"));
    }

    [Fact]
    public void Parse_UnknownSignalRef_Error()
    {
        var xml = BpmnXml.Definitions("""
                <bpmn:intermediateCatchEvent id="Catch">
                  <bpmn:signalEventDefinition signalRef="Nope" />
                </bpmn:intermediateCatchEvent>
            """);

        var result = _parser.Parse(xml);

        Assert.Contains(result.Diagnostics, d => d.IsError && d.ElementId == "Catch" && d.Message.Contains("unknown signal 'Nope'"));
    }

    [Fact]
    public void Parse_SignalAndEscalation_ResolveNames()
    {
        var xml = BpmnXml.Definitions("""
                <bpmn:intermediateThrowEvent id="Signal"><bpmn:signalEventDefinition signalRef="S" /></bpmn:intermediateThrowEvent>
                <bpmn:intermediateThrowEvent id="Escalate"><bpmn:escalationEventDefinition escalationRef="E" /></bpmn:intermediateThrowEvent>
            """, """<bpmn:signal id="S" name="stoppa" /><bpmn:escalation id="E" name="Eskalera" escalationCode="ESK" />""");

        var process = _parser.Parse(xml).Document!.Processes[0];

        Assert.Equal(new Model.SignalTrigger("stoppa"), ((Model.IntermediateThrowEvent)process.Node("Signal")).Trigger);
        Assert.Equal(new Model.EscalationTrigger("ESK", "Eskalera"), ((Model.IntermediateThrowEvent)process.Node("Escalate")).Trigger);
    }

    [Fact]
    public void Parse_TimerWithTwoValues_Error()
    {
        var xml = BpmnXml.Definitions("""
                <bpmn:startEvent id="Start">
                  <bpmn:timerEventDefinition><bpmn:timeDate>2030-01-01T00:00:00Z</bpmn:timeDate><bpmn:timeCycle>R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:startEvent>
            """);

        var result = _parser.Parse(xml);

        Assert.Contains(result.Diagnostics, d => d.IsError && d.ElementId == "Start" && d.Message.Contains("exactly one"));
    }

    [Fact]
    public void Parse_BusinessRuleTask_ReadsDecision()
    {
        var xml = BpmnXml.Definitions("""<bpmn:businessRuleTask id="Rule" camunda:decisionRef="bidrag" camunda:resultVariable="utfall" />""");

        var result = _parser.Parse(xml);

        var task = Assert.IsType<Model.BusinessRuleTask>(result.Document!.Processes[0].Node("Rule"));
        Assert.Equal(("bidrag", "utfall"), (task.DecisionRef, task.ResultVariable));
        Assert.False(result.HasErrors);
    }
}
