namespace Samverkan.Workflows.Monitoring;

/// <summary>Something failed at run time and waits for a person: fix the cause, then retry.</summary>
public sealed record IncidentView
{
    public Guid Id { get; init; }
    public Guid InstanceId { get; init; }
    public long ElementInstanceId { get; init; }
    public string ElementId { get; init; } = "";
    public string Type { get; init; } = "";
    public string Message { get; init; } = "";
    public Guid? JobId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
}
