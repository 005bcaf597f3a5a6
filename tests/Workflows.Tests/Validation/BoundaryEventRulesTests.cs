namespace Samverkan.Workflows.Tests.Validation;

public sealed class BoundaryEventRulesTests
{
    private static string Boundary(string attachedTo, string attributes = "", string definition = "<bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>") => $"""
            <bpmn:task id="T" />
            <bpmn:exclusiveGateway id="G" />
            <bpmn:endEvent id="End" />
            <bpmn:boundaryEvent id="B" attachedToRef="{attachedTo}" {attributes}>{definition}</bpmn:boundaryEvent>
        """;

    private const string Leaving = """<bpmn:sequenceFlow id="Out" sourceRef="B" targetRef="End" />""";

    [Fact]
    public void Validate_AttachedToMissingNode_Error()
    {
        var diagnostics = Validating.Run(Boundary("Ghost") + Leaving);

        diagnostics.AssertError("B", "attached to unknown node 'Ghost'");
    }

    [Fact]
    public void Validate_AttachedToGateway_Error()
    {
        var diagnostics = Validating.Run(Boundary("G") + Leaving);

        diagnostics.AssertError("B", "not an activity");
    }

    [Fact]
    public void Validate_IncomingFlow_Error()
    {
        var diagnostics = Validating.Run(Boundary("T") + Leaving + """<bpmn:sequenceFlow id="In" sourceRef="T" targetRef="B" />""");

        diagnostics.AssertError("B", "cannot have incoming");
    }

    [Fact]
    public void Validate_NoOutgoingFlow_Error()
    {
        var diagnostics = Validating.Run(Boundary("T"));

        diagnostics.AssertError("B", "no outgoing");
    }

    [Fact]
    public void Validate_NonInterruptingError_Error()
    {
        var diagnostics = Validating.Run(Boundary("T", "cancelActivity=\"false\"", "<bpmn:errorEventDefinition />") + Leaving);

        diagnostics.AssertError("B", "must be interrupting");
    }

    [Fact]
    public void Validate_WellFormedBoundary_NoBoundaryDiagnostics()
    {
        var diagnostics = Validating.Run(Boundary("T") + Leaving);

        Assert.DoesNotContain(diagnostics, d => d.ElementId == "B");
    }
}
