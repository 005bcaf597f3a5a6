using Samverkan.Workflows.Abstractions;

using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Storage;

/// <summary>
/// A store in process memory, for tests and the in-memory benchmark. Same contract as the database store:
/// reads return copies, commits are atomic and check instance revisions.
/// </summary>
internal sealed partial class InMemoryWorkflowStore : IWorkflowStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, DefinitionRecord> _definitions = [];
    private readonly Dictionary<Guid, InstanceRecord> _instances = [];
    private readonly Dictionary<Guid, UserTaskRecord> _tasks = [];
    /// <summary>Task ids per instance: "the tasks of this instance" is the common query, and a scan grows with every task ever created.</summary>
    private readonly Dictionary<Guid, HashSet<Guid>> _tasksByInstance = [];
    private readonly Dictionary<Guid, TimerRecord> _timers = [];
    /// <summary>Until when a timer is claimed (<see cref="ClaimDueTimersAsync"/>); a write of the timer ends it.</summary>
    private readonly Dictionary<Guid, DateTimeOffset> _timerClaims = [];
    private readonly Dictionary<Guid, SubscriptionRecord> _subscriptions = [];
    private readonly Dictionary<Guid, JobRecord> _jobs = [];
    private readonly Dictionary<Guid, IncidentRecord> _incidents = [];
    private readonly Dictionary<Guid, List<HistoryRecord>> _history = [];
    private long _historyId;

    public Task CommitAsync(ChangeSet changes, CancellationToken ct = default)
    {
        lock (_gate)
        {
            foreach (var (record, expected) in changes.Instances)
            {
                var exists = _instances.TryGetValue(record.Id, out var current);
                if (expected is null ? exists : !exists || current!.Revision != expected)
                {
                    throw new ConcurrencyConflictException($"Instance {record.Id} changed since it was read.");
                }
            }
            foreach (var (timerId, firedCount) in changes.ClaimedStartTimers)
            {
                if (!_timers.TryGetValue(timerId, out var t) || t.Status != TimerStatus.Pending || t.FiredCount != firedCount)
                {
                    throw new ConcurrencyConflictException($"Start timer {timerId} was fired by someone else.");
                }
            }
            foreach (var definition in changes.NewDefinitions)
            {
                if (_definitions.Values.Any(d => d.Key == definition.Key && d.Version == definition.Version))
                {
                    throw new ConcurrencyConflictException($"Version {definition.Version} of '{definition.Key}' was deployed meanwhile.");
                }
                _definitions[definition.Id] = definition;
            }
            foreach (var (record, _) in changes.Instances)
            {
                var copy = record.Clone();
                copy.Revision = record.Revision + (_instances.ContainsKey(record.Id) ? 1 : 0);
                record.Revision = copy.Revision;
                _instances[record.Id] = copy;
            }
            Apply(changes);
        }
        return Task.CompletedTask;
    }

    private void Apply(ChangeSet changes)
    {
        foreach (var task in changes.NewTasks.Concat(changes.ChangedTasks))
        {
            _tasks[task.Id] = task.Clone();
            if (!_tasksByInstance.TryGetValue(task.InstanceId, out var ids))
            {
                _tasksByInstance[task.InstanceId] = ids = [];
            }
            ids.Add(task.Id);
        }
        foreach (var (taskId, at) in changes.CancelledTasks)
        {
            if (_tasks.TryGetValue(taskId, out var task) && task.Status == UserTaskStatus.Open)
            {
                task.Status = UserTaskStatus.Cancelled;
                task.EndedAt = at;
            }
        }
        foreach (var timer in changes.NewTimers.Concat(changes.ChangedTimers))
        {
            _timers[timer.Id] = timer.Clone();
            _timerClaims.Remove(timer.Id);
        }
        foreach (var id in changes.CancelledTimers)
        {
            if (_timers.TryGetValue(id, out var timer) && timer.Status is TimerStatus.Pending or TimerStatus.Suspended)
            {
                timer.Status = TimerStatus.Cancelled;
            }
        }
        foreach (var subscription in changes.NewSubscriptions)
        {
            _subscriptions[subscription.Id] = subscription.Clone();
        }
        foreach (var id in changes.DeletedSubscriptions)
        {
            _subscriptions.Remove(id);
        }
        foreach (var job in changes.NewJobs.Concat(changes.ChangedJobs))
        {
            _jobs[job.Id] = job.Clone();
        }
        foreach (var id in changes.CancelledJobs)
        {
            if (_jobs.TryGetValue(id, out var job) && job.Status is JobStatus.Pending or JobStatus.Suspended)
            {
                job.Status = JobStatus.Cancelled;
            }
        }
        foreach (var incident in changes.NewIncidents.Concat(changes.ChangedIncidents))
        {
            _incidents[incident.Id] = incident.Clone();
        }
        foreach (var (id, at) in changes.ResolvedIncidents)
        {
            if (_incidents.TryGetValue(id, out var incident))
            {
                incident.ResolvedAt ??= at;
            }
        }
        foreach (var entry in changes.History)
        {
            entry.Id = ++_historyId;
            if (!_history.TryGetValue(entry.InstanceId, out var list))
            {
                _history[entry.InstanceId] = list = [];
            }
            list.Add(entry);
        }
    }
}
