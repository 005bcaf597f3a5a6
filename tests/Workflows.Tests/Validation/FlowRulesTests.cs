namespace Samverkan.Workflows.Tests.Validation;

public sealed class FlowRulesTests
{
    [Fact]
    public void Validate_UnknownTarget_Error()
    {
        var diagnostics = Validating.Run("""
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="F" sourceRef="Start" targetRef="Nowhere" />
            """);

        diagnostics.AssertError("F", "unknown flow target 'Nowhere'");
    }

    [Fact]
    public void Validate_UnknownSource_Error()
    {
        var diagnostics = Validating.Run("""
                <bpmn:endEvent id="End" />
                <bpmn:sequenceFlow id="F" sourceRef="Ghost" targetRef="End" />
            """);

        diagnostics.AssertError("F", "unknown flow source 'Ghost'");
    }

    [Fact]
    public void Validate_FlowIntoSubProcess_Error()
    {
        var diagnostics = Validating.Run("""
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="F" sourceRef="Start" targetRef="Inner" />
                <bpmn:subProcess id="Sub">
                  <bpmn:startEvent id="SubStart" />
                  <bpmn:task id="Inner" />
                </bpmn:subProcess>
            """);

        diagnostics.AssertError("F", "crosses a subprocess boundary");
    }

    [Fact]
    public void Validate_ConditionOnOnlyGatewayFlow_Error()
    {
        var diagnostics = Validating.Run("""
                <bpmn:exclusiveGateway id="G" />
                <bpmn:endEvent id="End" />
                <bpmn:sequenceFlow id="F" sourceRef="G" targetRef="End"><bpmn:conditionExpression>${ok}</bpmn:conditionExpression></bpmn:sequenceFlow>
            """);

        diagnostics.AssertError("F", "only outgoing flow");
    }

    [Theory]
    [InlineData("parallelGateway")]
    [InlineData("eventBasedGateway")]
    public void Validate_ConditionOutOfParallelOrEventGateway_Error(string gateway)
    {
        var diagnostics = Validating.Run($$"""
                <bpmn:{{gateway}} id="G" />
                <bpmn:endEvent id="A" /><bpmn:endEvent id="B" />
                <bpmn:sequenceFlow id="F" sourceRef="G" targetRef="A"><bpmn:conditionExpression>${ok}</bpmn:conditionExpression></bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="F2" sourceRef="G" targetRef="B" />
            """);

        diagnostics.AssertError("F", "never evaluated");
    }

    [Fact]
    public void Validate_ConditionOutOfTask_ErrorNotExecuted()
    {
        var diagnostics = Validating.Run("""
                <bpmn:task id="T" />
                <bpmn:endEvent id="End" />
                <bpmn:sequenceFlow id="F" sourceRef="T" targetRef="End"><bpmn:conditionExpression>${ok}</bpmn:conditionExpression></bpmn:sequenceFlow>
            """);

        diagnostics.AssertError("F", "not executed");
    }
}
