namespace Samverkan.Workflows.Validation;

/// <summary>A formatted catalogue entry: only <see cref="DiagnosticText.Format"/> makes one, so every diagnostic has both languages.</summary>
public sealed record DiagnosticMessage
{
    internal DiagnosticMessage(string code, string english, string swedish)
    {
        Code = code;
        English = english;
        Swedish = swedish;
    }

    public string Code { get; }

    public string English { get; }

    public string Swedish { get; }
}
