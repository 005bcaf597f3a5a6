using Samverkan.Workflows.Abstractions;

using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Storage;

internal sealed partial class InMemoryWorkflowStore
{
    private T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    public Task<DefinitionRecord?> GetDefinitionAsync(Guid id, CancellationToken ct = default) =>
        Task.FromResult(Read(() => _definitions.GetValueOrDefault(id)));

    public Task<DefinitionInfo?> GetDefinitionInfoAsync(Guid id, CancellationToken ct = default) =>
        Task.FromResult(Read(() => _definitions.GetValueOrDefault(id)?.ToInfo()));

    public Task<DefinitionRecord?> FindDefinitionAsync(string key, int? version, CancellationToken ct = default) =>
        Task.FromResult(Read(() => _definitions.Values
            .Where(d => d.Key == key && (version is null || d.Version == version))
            .MaxBy(d => d.Version)));

    public async Task<Guid?> FindDefinitionIdAsync(string key, int? version, CancellationToken ct = default) =>
        (await FindDefinitionAsync(key, version, ct))?.Id;

    public Task<IReadOnlyList<DefinitionInfo>> ListDefinitionsAsync(string? key, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<DefinitionInfo>>(Read(() => _definitions.Values
            .Where(d => key is null || d.Key == key).OrderBy(d => d.Key).ThenBy(d => d.Version).Select(d => d.ToInfo()).ToList()));

    public Task<IReadOnlyList<DefinitionInfo>> ListLatestDefinitionsAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<DefinitionInfo>>(Read(() => _definitions.Values
            .GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!).OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.ToInfo()).ToList()));

    public Task<IReadOnlyList<DefinitionRecord>> FindMessageStartDefinitionsAsync(string messageName, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<DefinitionRecord>>(Read(() => _definitions.Values
            .GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!)
            .Where(d => d.StartMessages?.Contains("," + messageName + ",", StringComparison.Ordinal) == true).ToList()));

    public Task<InstanceRecord?> GetInstanceAsync(Guid id, CancellationToken ct = default) =>
        Task.FromResult(Read(() => _instances.GetValueOrDefault(id)?.Clone()));

    public Task<PagedResult<InstanceRecord>> QueryInstancesAsync(InstanceQuery query, CancellationToken ct = default) =>
        Task.FromResult(Read(() => Page(_instances.Values
            .Where(i => (query.DefinitionKey is null || i.DefinitionKey == query.DefinitionKey)
                && (query.Status is null || i.Status == query.Status)
                && (query.BusinessKey is null || i.BusinessKey == query.BusinessKey)
                && (query.ParentInstanceId is null || i.ParentInstanceId == query.ParentInstanceId)
                && (query.DefinitionId is null || i.DefinitionId == query.DefinitionId)
                && (query.StartedBefore is null || i.StartedAt < query.StartedBefore))
            .OrderByDescending(i => i.StartedAt).ThenBy(i => i.Id), query.Page, query.PageSize, i => i.Clone())));

    public Task<IReadOnlyList<VersionInstanceCount>> CountActiveInstancesAsync(string? key, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<VersionInstanceCount>>(Read(() => _instances.Values
            .Where(i => i.Status == InstanceStatus.Active && (key is null || i.DefinitionKey == key))
            .GroupBy(i => (i.DefinitionKey, i.DefinitionVersion))
            .OrderBy(g => g.Key.DefinitionKey, StringComparer.Ordinal).ThenBy(g => g.Key.DefinitionVersion)
            .Select(g => new VersionInstanceCount(g.Key.DefinitionKey, g.Key.DefinitionVersion, g.Count())).ToList()));

    public Task<UserTaskRecord?> GetTaskAsync(Guid id, CancellationToken ct = default) =>
        Task.FromResult(Read(() => _tasks.GetValueOrDefault(id)?.Clone()));

    public Task<PagedResult<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken ct = default) =>
        Task.FromResult(Read(() => Page(TasksOf(query.InstanceId)
            .Where(t => TaskFilter.Matches(t, query))
            .OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenByDescending(t => t.Priority).ThenBy(t => t.CreatedAt),
            query.Page, query.PageSize, t => t.Clone())));

    public Task<OwnedRow<UserTaskRecord>?> GetTaskWithInstanceAsync(Guid id, CancellationToken ct = default) =>
        Task.FromResult(Read(() => _tasks.GetValueOrDefault(id) is { } task
            ? new OwnedRow<UserTaskRecord>(task.Clone(), _instances.GetValueOrDefault(task.InstanceId)?.Clone())
            : null));

    public Task<OwnedRow<TimerRecord>?> GetTimerWithInstanceAsync(Guid id, CancellationToken ct = default) =>
        Task.FromResult(Read(() => _timers.GetValueOrDefault(id) is { } timer
            ? new OwnedRow<TimerRecord>(timer.Clone(), timer.InstanceId is Guid owner ? _instances.GetValueOrDefault(owner)?.Clone() : null)
            : null));

    public Task<TimerRecord?> GetTimerAsync(Guid id, CancellationToken ct = default) =>
        Task.FromResult(Read(() => _timers.GetValueOrDefault(id)?.Clone()));

    public Task<IReadOnlyList<TimerRecord>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<TimerRecord>>(Read(() => _timers.Values
            .Where(t => t.Status == TimerStatus.Pending && t.DueAt <= now).OrderBy(t => t.DueAt).Take(max).Select(t => t.Clone()).ToList()));

    public Task<IReadOnlyList<Guid>> ClaimDueTimersAsync(DateTimeOffset now, DateTimeOffset until, int max, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var claimed = _timers.Values
                .Where(t => t.Status == TimerStatus.Pending && t.DueAt <= now && (!_timerClaims.TryGetValue(t.Id, out var held) || held <= now))
                .OrderBy(t => t.DueAt).Take(max).Select(t => t.Id).ToList();
            foreach (var id in claimed)
            {
                _timerClaims[id] = until;
            }
            return Task.FromResult<IReadOnlyList<Guid>>(claimed);
        }
    }

    public Task<IReadOnlyList<TimerRecord>> FindPendingTimersAsync(Guid? instanceId, Guid? definitionId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<TimerRecord>>(Read(() => _timers.Values
            .Where(t => t.Status == TimerStatus.Pending && (instanceId is null || t.InstanceId == instanceId)
                && (definitionId is null || (t.DefinitionId == definitionId && t.InstanceId is null)))
            .Select(t => t.Clone()).ToList()));

    public Task<OpenWorkCount> CountOpenWorkAsync(DateTimeOffset now, CancellationToken ct = default) =>
        Task.FromResult(Read(() => new OpenWorkCount(
            _tasks.Values.LongCount(t => t.Status == UserTaskStatus.Open),
            _timers.Values.LongCount(t => t.Status == TimerStatus.Pending && t.DueAt <= now))));

    public Task<IReadOnlyList<SubscriptionRecord>> FindSubscriptionsAsync(SubscriptionKind kind, string name, string? businessKey, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<SubscriptionRecord>>(Read(() => _subscriptions.Values
            .Where(s => s.Kind == kind && s.Name == name && (businessKey is null || s.BusinessKey == businessKey))
            .OrderBy(s => s.CreatedAt).Select(s => s.Clone()).ToList()));

    public Task<JobRecord?> GetJobAsync(Guid id, CancellationToken ct = default) =>
        Task.FromResult(Read(() => _jobs.GetValueOrDefault(id)?.Clone()));

    public Task<IReadOnlyList<JobRecord>> FindLockableJobsAsync(IReadOnlyCollection<string> topics, DateTimeOffset now, int max, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<JobRecord>>(Read(() => _jobs.Values
            .Where(j => j.Kind == JobKind.External && j.Status == JobStatus.Pending && topics.Contains(j.Target)
                && (j.LockedUntil is null || j.LockedUntil < now) && (j.NotBefore is null || j.NotBefore <= now))
            .OrderBy(j => j.CreatedAt).Take(max).Select(j => j.Clone()).ToList()));

    public Task<IReadOnlyList<JobRecord>> FindRunnableHandlerJobsAsync(DateTimeOffset now, int max, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<JobRecord>>(Read(() => _jobs.Values
            .Where(j => j.Kind != JobKind.External && j.Status == JobStatus.Pending && (j.NotBefore is null || j.NotBefore <= now))
            .OrderBy(j => j.CreatedAt).Take(max).Select(j => j.Clone()).ToList()));

    public Task<IncidentRecord?> GetIncidentAsync(Guid id, CancellationToken ct = default) =>
        Task.FromResult(Read(() => _incidents.GetValueOrDefault(id)?.Clone()));

    public Task<IReadOnlyList<IncidentRecord>> FindIncidentsAsync(Guid? instanceId, bool openOnly, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<IncidentRecord>>(Read(() => _incidents.Values
            .Where(i => (instanceId is null || i.InstanceId == instanceId) && (!openOnly || i.ResolvedAt is null))
            .OrderBy(i => i.CreatedAt).Select(i => i.Clone()).ToList()));

    public Task<IReadOnlyList<HistoryRecord>> GetHistoryAsync(Guid instanceId, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<HistoryRecord>>(Read(() => _history.TryGetValue(instanceId, out var list) ? list.ToList() : []));

    private IEnumerable<UserTaskRecord> TasksOf(Guid? instanceId) =>
        instanceId is not Guid id ? _tasks.Values
        : _tasksByInstance.TryGetValue(id, out var ids) ? ids.Select(t => _tasks[t])
        : [];

    private static PagedResult<T> Page<T>(IEnumerable<T> items, int page, int size, Func<T, T> copy)
    {
        var all = items.ToList();
        page = Math.Max(1, page);
        size = Math.Clamp(size, 1, 500);
        return new PagedResult<T>(all.Skip((page - 1) * size).Take(size).Select(copy).ToList(), all.Count, page, size);
    }
}
