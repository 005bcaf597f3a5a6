namespace Samverkan.Workflows.Validation;

/// <summary>A formatted catalogue entry: only <see cref="DiagnosticText.Format"/> makes one, so every diagnostic has both languages.</summary>
public sealed record DiagnosticMessage : BilingualText
{
    internal DiagnosticMessage(string code, string english, string swedish)
        : base(code, english, swedish)
    {
    }
}
