namespace Samverkan.Workflows.Tests.Validation;

public sealed class GatewayRulesTests
{
    private const string Targets = """
            <bpmn:endEvent id="A" /><bpmn:endEvent id="B" />
        """;

    [Fact]
    public void Validate_DefaultNotOutgoing_Error()
    {
        var diagnostics = Validating.Run(Targets + """
                <bpmn:exclusiveGateway id="G" default="Elsewhere" />
                <bpmn:sequenceFlow id="FA" sourceRef="G" targetRef="A"><bpmn:conditionExpression>${a}</bpmn:conditionExpression></bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="FB" sourceRef="G" targetRef="B"><bpmn:conditionExpression>${b}</bpmn:conditionExpression></bpmn:sequenceFlow>
            """);

        diagnostics.AssertError("G", "default flow 'Elsewhere' is not an outgoing flow");
    }

    [Fact]
    public void Validate_DefaultWithCondition_Error()
    {
        var diagnostics = Validating.Run(Targets + """
                <bpmn:inclusiveGateway id="G" default="FB" />
                <bpmn:sequenceFlow id="FA" sourceRef="G" targetRef="A"><bpmn:conditionExpression>${a}</bpmn:conditionExpression></bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="FB" sourceRef="G" targetRef="B"><bpmn:conditionExpression>${b}</bpmn:conditionExpression></bpmn:sequenceFlow>
            """);

        diagnostics.AssertError("G", "default flow 'FB' has a condition");
    }

    [Fact]
    public void Validate_UnconditionalNonDefaultFlow_WarningAlwaysTaken()
    {
        var diagnostics = Validating.Run(Targets + """
                <bpmn:exclusiveGateway id="G" />
                <bpmn:sequenceFlow id="FA" sourceRef="G" targetRef="A"><bpmn:conditionExpression>${a}</bpmn:conditionExpression></bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="FB" sourceRef="G" targetRef="B" />
            """);

        diagnostics.AssertWarning("FB", "always taken");
        Assert.DoesNotContain(diagnostics, d => d.ElementId == "FA");
    }

    [Fact]
    public void Validate_EventGatewayToTask_Error()
    {
        var diagnostics = Validating.Run("""
                <bpmn:eventBasedGateway id="G" />
                <bpmn:task id="T" />
                <bpmn:receiveTask id="R" messageRef="M" />
                <bpmn:sequenceFlow id="F1" sourceRef="G" targetRef="T" />
                <bpmn:sequenceFlow id="F2" sourceRef="G" targetRef="R" />
            """, """<bpmn:message id="M" name="m" />""");

        diagnostics.AssertError("G", "'T' follows an event-based gateway");
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains("'R' follows"));
    }

    [Fact]
    public void Validate_EventGatewayWithOneTarget_Error()
    {
        var diagnostics = Validating.Run("""
                <bpmn:eventBasedGateway id="G" />
                <bpmn:intermediateCatchEvent id="C"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="G" targetRef="C" />
            """);

        diagnostics.AssertError("G", "at least two outgoing flows");
    }
}
