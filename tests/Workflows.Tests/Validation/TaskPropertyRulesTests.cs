namespace Samverkan.Workflows.Tests.Validation;

public sealed class TaskPropertyRulesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("SipPlanComplete, ")]
    public void Validate_CompletionRuleSetNamesNothing_Error(string value)
    {
        var diagnostics = Validating.Run($"""
                <bpmn:startEvent id="S" />
                <bpmn:userTask id="U"><bpmn:extensionElements><camunda:properties><camunda:property name="completionRuleSet" value="{value}" /></camunda:properties></bpmn:extensionElements></bpmn:userTask>
            """);

        diagnostics.AssertError("U", "must name a rule set");
    }

    [Fact]
    public void Validate_CompletionRuleSets_NoError()
    {
        var diagnostics = Validating.Run("""
                <bpmn:startEvent id="S" />
                <bpmn:userTask id="U"><bpmn:extensionElements><camunda:properties><camunda:property name="completionRuleSet" value="A, B" /><camunda:property name="other" value="" /></camunda:properties></bpmn:extensionElements></bpmn:userTask>
            """);

        Assert.DoesNotContain(diagnostics, d => d.IsError && d.ElementId == "U");
    }
}
