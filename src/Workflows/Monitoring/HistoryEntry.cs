namespace Samverkan.Workflows.Monitoring;

/// <summary>One entry of an instance's history, oldest first by <see cref="Id"/>.</summary>
public sealed record HistoryEntry
{
    public long Id { get; init; }
    public Guid InstanceId { get; init; }
    public DateTimeOffset At { get; init; }
    public string Type { get; init; } = "";
    public string? ElementId { get; init; }
    public long? ElementInstanceId { get; init; }
    public string? Detail { get; init; }
}
