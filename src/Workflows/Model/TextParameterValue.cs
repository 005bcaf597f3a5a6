namespace Samverkan.Workflows.Model;

/// <summary>Literal text, or an ${expression} evaluated when the activity starts; null when the element is empty.</summary>
public sealed record TextParameterValue(string? Text) : ParameterValue;
