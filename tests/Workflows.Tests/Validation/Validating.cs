using Samverkan.Workflows.Parsing;
using Samverkan.Workflows.Validation;

namespace Samverkan.Workflows.Tests.Validation;

/// <summary>Parses a process body and validates it, so rule tests read like the BPMN they are about.</summary>
internal static class Validating
{
    public static IReadOnlyList<BpmnDiagnostic> Run(string processBody, string declarations = "", FakeExpressionChecker? checker = null)
    {
        var parsed = new BpmnParser().Parse(BpmnXml.Definitions(processBody, declarations));
        Assert.NotNull(parsed.Document);
        return new BpmnValidator(checker ?? new FakeExpressionChecker()).Validate(parsed.Document);
    }

    public static void AssertError(this IReadOnlyList<BpmnDiagnostic> diagnostics, string elementId, string message) =>
        Assert.Contains(diagnostics, d => d.IsError && d.ElementId == elementId && d.Line > 0 && d.Message.Contains(message));

    public static void AssertWarning(this IReadOnlyList<BpmnDiagnostic> diagnostics, string elementId, string message) =>
        Assert.Contains(diagnostics, d => !d.IsError && d.ElementId == elementId && d.Line > 0 && d.Message.Contains(message));
}
