namespace Samverkan.Workflows.Storage;

/// <summary>One append-only entry of an instance's history.</summary>
internal sealed class HistoryRecord
{
    public long Id { get; set; }
    public Guid InstanceId { get; set; }
    public DateTimeOffset At { get; set; }
    public string Type { get; set; } = "";
    public string? ElementId { get; set; }
    public long? ElementInstanceId { get; set; }
    public string? Detail { get; set; }
}
