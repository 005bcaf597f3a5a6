namespace Samverkan.Host.Persistence.InstanceMigrations;

/// <summary>Where a batch of instance migrations stands.</summary>
public enum MigrationBatchStatus
{
    Queued,
    Running,
    Completed,
}

/// <summary>
/// One run of "move running instances to another version": the plan it was asked with, the instances it selected (fixed
/// when it was created), how far it has come, and every instance that could not move with its reasons. Hangfire runs it;
/// a run that stops part-way goes on from <see cref="Processed"/>.
/// </summary>
public sealed class MigrationBatchRecord
{
    public Guid Id { get; set; }
    public string DefinitionKey { get; set; } = "";
    public int SourceVersion { get; set; }
    public int TargetVersion { get; set; }
    /// <summary>The explicit mappings as JSON (source id → target id).</summary>
    public string Mappings { get; set; } = "{}";
    /// <summary>The selected instance ids as JSON, oldest first.</summary>
    public string InstanceIds { get; set; } = "[]";
    public int Total { get; set; }
    public int Processed { get; set; }
    public int Migrated { get; set; }
    public int Failed { get; set; }
    /// <summary>The instances that did not move, as JSON: id, business key, codes and message.</summary>
    public string Failures { get; set; } = "[]";
    public MigrationBatchStatus Status { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}
