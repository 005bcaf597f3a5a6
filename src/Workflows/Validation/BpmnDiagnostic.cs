namespace Samverkan.Workflows.Validation;

public enum DiagnosticSeverity
{
    /// <summary>The definition cannot be deployed.</summary>
    Error,
    /// <summary>Deployable, but something in the file is ignored; the designer should know.</summary>
    Warning,
}

/// <summary>One problem found in a BPMN file, located by element id and line.</summary>
/// <remarks>The text comes from <see cref="DiagnosticTexts"/>, so no diagnostic exists without its Swedish text.</remarks>
public sealed record BpmnDiagnostic(DiagnosticSeverity Severity, string? ElementId, int Line, DiagnosticMessage Text)
{
    public static BpmnDiagnostic Error(string? elementId, int line, DiagnosticMessage text) =>
        new(DiagnosticSeverity.Error, elementId, line, text);

    public static BpmnDiagnostic Warning(string? elementId, int line, DiagnosticMessage text) =>
        new(DiagnosticSeverity.Warning, elementId, line, text);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The catalogue code, such as <c>duplicate-id</c>.</summary>
    public string Code => Text.Code;

    /// <summary>The English text: what the API and the command-line validator report.</summary>
    public string Message => Text.English;

    /// <summary>The Swedish text: what the web UI shows.</summary>
    public string Swedish => Text.Swedish;

    /// <summary>The form the command-line validator prints: <c>elementId (line N): message</c>.</summary>
    public override string ToString() => $"{ElementId ?? "definitions"} (line {Line}): {Message}";
}
