using Samverkan.Workflows.Parsing;

namespace Samverkan.Workflows.Tests.Validation;

/// <summary>What makes compensation unusable is refused, naming the element and what to do.</summary>
public sealed class CompensationRulesTests
{
    private const string Booked = """
            <bpmn:startEvent id="S" />
            <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="T" />
            <bpmn:task id="T" />
            <bpmn:sequenceFlow id="F2" sourceRef="T" targetRef="Throw" />
            <bpmn:boundaryEvent id="B" attachedToRef="T"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent>
        """;

    private const string Handler = """<bpmn:task id="H" isForCompensation="true" />""";
    private const string Association = """<bpmn:association id="A" associationDirection="One" sourceRef="B" targetRef="H" />""";

    private static string Thrower(string attributes = "") =>
        $"""<bpmn:endEvent id="Throw"><bpmn:compensateEventDefinition {attributes} /></bpmn:endEvent>""";

    [Fact]
    public void Validate_BoundaryWithMarkedHandler_NoCompensationDiagnostic()
    {
        var diagnostics = Validating.Run(Booked + Handler + Association + Thrower("""activityRef="T" """));

        Assert.DoesNotContain(diagnostics, d => d.Code.StartsWith("compensation", StringComparison.Ordinal) || d.ElementId is "H" or "B");
    }

    [Fact]
    public void Validate_BoundaryWithoutAssociation_Error()
    {
        var diagnostics = Validating.Run(Booked + Handler + Thrower());

        diagnostics.AssertError("B", "has no compensation handler");
        diagnostics.AssertWarning("H", "no compensation boundary event is associated");
    }

    [Fact]
    public void Validate_HandlerWithSequenceFlows_Error()
    {
        var diagnostics = Validating.Run(Booked + Handler + Association + Thrower() + """
                <bpmn:sequenceFlow id="F3" sourceRef="H" targetRef="End" /><bpmn:endEvent id="End" />
            """);

        diagnostics.AssertError("H", "must not have sequence flows");
    }

    [Fact]
    public void Validate_HandlerNotMarkedForCompensation_Error()
    {
        var diagnostics = Validating.Run(Booked + """<bpmn:task id="H" />""" + Association + Thrower());

        diagnostics.AssertError("B", "'H' is not marked isForCompensation");
    }

    [Fact]
    public void Validate_HandlerNotAnActivity_Error()
    {
        var diagnostics = Validating.Run(Booked + """<bpmn:intermediateThrowEvent id="H" />""" + Association + Thrower());

        diagnostics.AssertError("B", "'H' is not an activity");
    }

    [Fact]
    public void Validate_BoundaryWithOutgoingFlow_Error()
    {
        var diagnostics = Validating.Run(Booked + Handler + Association + Thrower() + """
                <bpmn:sequenceFlow id="F3" sourceRef="B" targetRef="End" /><bpmn:endEvent id="End" />
            """);

        diagnostics.AssertError("B", "must not have sequence flows");
    }

    [Theory]
    [InlineData("Ghost", "names no activity in the scope")]
    [InlineData("S", "names no activity in the scope")]
    [InlineData("Other", "neither a compensation boundary event nor a compensation event subprocess")]
    public void Validate_ActivityRefNotCompensable_Error(string activityRef, string message)
    {
        var diagnostics = Validating.Run(Booked + Handler + Association + Thrower($"""activityRef="{activityRef}" """) + """<bpmn:task id="Other" />""");

        diagnostics.AssertError("Throw", message);
    }

    [Fact]
    public void Validate_ActivityRefInsideAnotherSubprocess_Error()
    {
        var diagnostics = Validating.Run(Booked.Replace("""targetRef="Throw" """, """targetRef="Sub" """, StringComparison.Ordinal) + Handler + Association + """
                <bpmn:subProcess id="Sub">
                  <bpmn:startEvent id="SubStart" />
                  <bpmn:sequenceFlow id="F4" sourceRef="SubStart" targetRef="Throw" />
                  <bpmn:intermediateThrowEvent id="Throw"><bpmn:compensateEventDefinition activityRef="T" /></bpmn:intermediateThrowEvent>
                </bpmn:subProcess>
            """);

        diagnostics.AssertError("Throw", "names no activity in the scope");
    }

    [Fact]
    public void Validate_WaitForCompletionFalse_RefusedWithWhatToDo()
    {
        var parsed = new BpmnParser().Parse(BpmnXml.Definitions(Booked + Handler + Association + Thrower("""waitForCompletion="false" """)));

        var error = Assert.Single(parsed.Diagnostics, d => d.IsError);
        Assert.Equal(("Throw", "compensation-no-wait-not-supported"), (error.ElementId, error.Code));
        Assert.Contains("remove the attribute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CompensationStartAtProcessLevel_Error()
    {
        var diagnostics = Validating.Run(Booked + Handler + Association + Thrower() + """
                <bpmn:subProcess id="Events" triggeredByEvent="true">
                  <bpmn:startEvent id="ES"><bpmn:compensateEventDefinition /></bpmn:startEvent>
                </bpmn:subProcess>
            """);

        diagnostics.AssertError("ES", "only allowed in an event subprocess inside an embedded subprocess");
    }
}
