namespace Samverkan.Workflows.Execution.Records;

public enum JobKind
{
    /// <summary>Fetched and completed by an external worker by topic.</summary>
    External,
    /// <summary>Run in-process by a named handler.</summary>
    Handler,
}

public enum JobStatus
{
    Pending,
    Completed,
    Failed,
    Cancelled,
}

/// <summary>Work of a service or send task, done outside the instance's transaction.</summary>
public sealed class JobRecord
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
