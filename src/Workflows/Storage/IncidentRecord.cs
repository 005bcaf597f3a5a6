namespace Samverkan.Workflows.Storage;

/// <summary>Something failed at run time and waits for a person: fix the cause, then retry.</summary>
internal sealed class IncidentRecord
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public long ElementInstanceId { get; set; }
    public string ElementId { get; set; } = "";
    public string Type { get; set; } = "";
    public string Message { get; set; } = "";
    public Guid? JobId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }

    public IncidentRecord Clone() => (IncidentRecord)MemberwiseClone();
}
