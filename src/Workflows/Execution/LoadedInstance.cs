using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Execution;

/// <summary>An instance taking part in a trigger: its row, the revision it was read at, and its live token tree.</summary>
internal sealed class LoadedInstance(InstanceRecord record, int? expectedRevision, InstanceState state, ExecutableProcess process)
{
    public InstanceRecord Record { get; } = record;
    public int? ExpectedRevision { get; } = expectedRevision;
    public InstanceState State { get; } = state;
    public ExecutableProcess Process { get; } = process;
    public Guid Id => Record.Id;
    public bool IsEnded => Record.Status != InstanceStatus.Active;
}
