namespace Samverkan.Workflows.Validation;

public enum DiagnosticSeverity
{
    /// <summary>The definition cannot be deployed.</summary>
    Error,
    /// <summary>Deployable, but something in the file is ignored; the designer should know.</summary>
    Warning,
}

/// <summary>One problem found in a BPMN file, located by element id and line.</summary>
public sealed record BpmnDiagnostic(DiagnosticSeverity Severity, string? ElementId, int Line, string Message)
{
    public static BpmnDiagnostic Error(string? elementId, int line, string message) =>
        new(DiagnosticSeverity.Error, elementId, line, message);

    public static BpmnDiagnostic Warning(string? elementId, int line, string message) =>
        new(DiagnosticSeverity.Warning, elementId, line, message);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The form the command-line validator prints: <c>elementId (line N): message</c>.</summary>
    public override string ToString() => $"{ElementId ?? "definitions"} (line {Line}): {Message}";
}
