using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Storage;

/// <summary>A process instance row; its token tree and variables are serialised in <see cref="State"/>.</summary>
internal sealed class InstanceRecord
{
    public Guid Id { get; set; }
    public Guid DefinitionId { get; set; }
    public string DefinitionKey { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string? BusinessKey { get; set; }
    public InstanceStatus Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? EndReason { get; set; }
    public Guid? ParentInstanceId { get; set; }
    public long? ParentElementInstanceId { get; set; }
    /// <summary>Optimistic concurrency: bumped by every committed trigger.</summary>
    public int Revision { get; set; }
    public int OpenIncidents { get; set; }
    public string State { get; set; } = "";

    public InstanceRecord Clone() => (InstanceRecord)MemberwiseClone();
}
