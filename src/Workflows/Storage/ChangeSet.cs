
namespace Samverkan.Workflows.Storage;

/// <summary>Everything one trigger changed, committed by the store in one transaction or not at all.</summary>
internal sealed class ChangeSet
{
    /// <summary>Instances with the revision they were loaded at (null when new); the store bumps the revision.</summary>
    public List<(InstanceRecord Record, int? ExpectedRevision)> Instances { get; } = [];
    public List<UserTaskRecord> NewTasks { get; } = [];
    public List<UserTaskRecord> ChangedTasks { get; } = [];
    public List<TimerRecord> NewTimers { get; } = [];
    public List<TimerRecord> ChangedTimers { get; } = [];
    public List<Guid> CancelledTimers { get; } = [];
    /// <summary>Tasks ended because their element was terminated; the store sets Cancelled and the end time.</summary>
    public List<(Guid TaskId, DateTimeOffset At)> CancelledTasks { get; } = [];
    public List<Guid> CancelledJobs { get; } = [];
    public List<(Guid IncidentId, DateTimeOffset At)> ResolvedIncidents { get; } = [];
    public List<SubscriptionRecord> NewSubscriptions { get; } = [];
    public List<Guid> DeletedSubscriptions { get; } = [];
    public List<JobRecord> NewJobs { get; } = [];
    public List<JobRecord> ChangedJobs { get; } = [];
    public List<IncidentRecord> NewIncidents { get; } = [];
    public List<IncidentRecord> ChangedIncidents { get; } = [];
    public List<HistoryRecord> History { get; } = [];
    public List<DefinitionRecord> NewDefinitions { get; } = [];

    /// <summary>
    /// A start timer (no instance) is claimed by moving it from Pending with this check, so two nodes
    /// firing it at once start one instance.
    /// </summary>
    public List<(Guid TimerId, int ExpectedFiredCount)> ClaimedStartTimers { get; } = [];
}
