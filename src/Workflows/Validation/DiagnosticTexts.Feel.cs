namespace Samverkan.Workflows.Validation;

/// <content>FEEL (Camunda 8) expressions that cannot be translated.</content>
public static partial class DiagnosticTexts
{
    internal static readonly DiagnosticText FeelConditionInvalid = new("feel-condition-invalid",
        "the FEEL condition cannot be used: {0}",
        "FEEL-villkoret kan inte användas: {0}");
}
