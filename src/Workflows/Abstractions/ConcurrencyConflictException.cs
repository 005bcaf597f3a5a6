namespace Samverkan.Workflows.Abstractions;

/// <summary>Another trigger committed to the same instance first; the engine reloads and tries again.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
