namespace Samverkan.Workflows.Tests.Validation;

/// <summary>Cancel events belong to transactions: misplaced ones are refused, saying what to use instead.</summary>
public sealed class TransactionRulesTests
{
    private static string Transaction(string inner, string outside = "", string element = "transaction") => $"""
            <bpmn:startEvent id="S" />
            <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Tx" />
            <bpmn:{element} id="Tx">
              <bpmn:startEvent id="TxStart" />
              <bpmn:sequenceFlow id="F2" sourceRef="TxStart" targetRef="Cancel" />
              {inner}
            </bpmn:{element}>
            {outside}
        """;

    private const string CancelEnd = """<bpmn:endEvent id="Cancel"><bpmn:cancelEventDefinition /></bpmn:endEvent>""";
    private const string CancelBoundary = """
            <bpmn:boundaryEvent id="B" attachedToRef="Tx"><bpmn:outgoing>F3</bpmn:outgoing><bpmn:cancelEventDefinition /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="F3" sourceRef="B" targetRef="End" /><bpmn:endEvent id="End" />
        """;

    [Fact]
    public void Validate_TransactionWithCancelEndAndBoundary_NoError()
    {
        var diagnostics = Validating.Run(Transaction(CancelEnd, CancelBoundary));

        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void Validate_CancelEndWithoutCancelBoundary_Error()
    {
        var diagnostics = Validating.Run(Transaction(CancelEnd));

        diagnostics.AssertError("Tx", "no cancel boundary event");
    }

    [Fact]
    public void Validate_CancelEventsOnAnEmbeddedSubprocess_ErrorsSayWhatToUse()
    {
        var diagnostics = Validating.Run(Transaction(CancelEnd, CancelBoundary, element: "subProcess"));

        diagnostics.AssertError("Cancel", "only allowed directly inside a transaction; elsewhere, undo completed work with a compensation end event");
        diagnostics.AssertError("B", "can only be attached to a transaction; use an error boundary event");
    }

    [Fact]
    public void Validate_NonInterruptingCancelBoundary_Error()
    {
        var diagnostics = Validating.Run(Transaction(CancelEnd, CancelBoundary.Replace("""attachedToRef="Tx">""", """attachedToRef="Tx" cancelActivity="false">""", StringComparison.Ordinal)));

        diagnostics.AssertError("B", "always interrupts");
    }
}
