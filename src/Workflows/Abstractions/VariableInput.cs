namespace Samverkan.Workflows.Abstractions;

/// <summary>
/// Variables about to enter an instance: <see cref="BusinessKeys"/> holds the instance's business key first, then
/// those of the instances that called it, nearest first (a called instance need not carry its caller's key).
/// </summary>
public sealed record VariableInput(IReadOnlyList<string?> BusinessKeys, IReadOnlyDictionary<string, object?> Variables);
