namespace Samverkan.Workflows.Tests.Validation;

public sealed class ActivityRulesTests
{
    [Fact]
    public void Validate_CallActivityWithoutCalledElement_Error()
    {
        var diagnostics = Validating.Run("""<bpmn:startEvent id="S" /><bpmn:callActivity id="C" />""");

        diagnostics.AssertError("C", "missing calledElement");
    }

    [Fact]
    public void Validate_VersionBindingWithoutVersion_Error()
    {
        var diagnostics = Validating.Run("""<bpmn:startEvent id="S" /><bpmn:callActivity id="C" calledElement="x" camunda:calledElementBinding="version" />""");

        diagnostics.AssertError("C", "needs camunda:calledElementVersion");
    }

    [Theory]
    [InlineData("""<camunda:formField id="a" type="string" /><camunda:formField id="a" type="long" />""", "duplicate form field id 'a'")]
    [InlineData("""<camunda:formField id="a" type="money" />""", "unknown type 'money'")]
    [InlineData("""<camunda:formField id="a" type="enum" />""", "enum form field 'a' has no values")]
    public void Validate_BadFormField_Error(string fields, string message)
    {
        var diagnostics = Validating.Run($"""
                <bpmn:startEvent id="S" />
                <bpmn:userTask id="U"><bpmn:extensionElements><camunda:formData>{fields}</camunda:formData></bpmn:extensionElements></bpmn:userTask>
            """);

        diagnostics.AssertError("U", message);
    }

    [Fact]
    public void Validate_MultiInstanceWithoutInput_Error()
    {
        var diagnostics = Validating.Run("""
                <bpmn:startEvent id="S" />
                <bpmn:task id="T"><bpmn:multiInstanceLoopCharacteristics isSequential="true" /></bpmn:task>
            """);

        diagnostics.AssertError("T", "needs camunda:collection or loopCardinality");
    }

    [Fact]
    public void Validate_MultiInstanceWithCardinality_NoError()
    {
        var diagnostics = Validating.Run("""
                <bpmn:startEvent id="S" />
                <bpmn:task id="T"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>3</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:task>
            """);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }
}
