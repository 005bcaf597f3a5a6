namespace Samverkan.Host.Cases.ProcessData;

/// <summary>Variables as a reader may see them, and the names of those in which something was masked.</summary>
public sealed record MaskedVariables(IReadOnlyDictionary<string, object?> Values, IReadOnlyList<string> Masked);
