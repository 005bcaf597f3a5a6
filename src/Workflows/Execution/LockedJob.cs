namespace Samverkan.Workflows.Execution;

/// <summary>An external task handed to a worker, with the variables it may read.</summary>
public sealed record LockedJob(
    Guid Id,
    string Topic,
    Guid InstanceId,
    string? BusinessKey,
    string ElementId,
    int Retries,
    DateTimeOffset LockedUntil,
    IReadOnlyDictionary<string, object?> Variables);
