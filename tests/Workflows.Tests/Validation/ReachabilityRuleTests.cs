namespace Samverkan.Workflows.Tests.Validation;

public sealed class ReachabilityRuleTests
{
    [Fact]
    public void Validate_TaskWithoutIncoming_WarningUnreachable()
    {
        var diagnostics = Validating.Run("""
                <bpmn:startEvent id="S" />
                <bpmn:task id="T" />
                <bpmn:subProcess id="Events" triggeredByEvent="true">
                  <bpmn:startEvent id="ES"><bpmn:errorEventDefinition /></bpmn:startEvent>
                </bpmn:subProcess>
            """);

        diagnostics.AssertWarning("T", "unreachable");
        Assert.DoesNotContain(diagnostics, d => d.ElementId is "S" or "Events" or "ES");
    }
}
