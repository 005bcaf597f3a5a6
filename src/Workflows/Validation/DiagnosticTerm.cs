namespace Samverkan.Workflows.Validation;

/// <summary>A word that goes into a diagnostic in the message's language, such as an element kind.</summary>
public sealed record DiagnosticTerm(string English, string Swedish);
