namespace Samverkan.Workflows.Storage;

/// <summary>Work of a service or send task, done outside the instance's transaction.</summary>
internal sealed class JobRecord
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public long ElementInstanceId { get; set; }
    public string ElementId { get; set; } = "";
    public JobKind Kind { get; set; }
    /// <summary>The external topic or the handler name.</summary>
    public string Target { get; set; } = "";
    public JobStatus Status { get; set; }
    public int Retries { get; set; }
    public string? LockedBy { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset? NotBefore { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public JobRecord Clone() => (JobRecord)MemberwiseClone();
}
