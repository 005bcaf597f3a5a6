namespace Samverkan.Workflows.Abstractions;

/// <summary>A field or variable that failed validation, and why.</summary>
public sealed record FieldError(string Field, string Message);
