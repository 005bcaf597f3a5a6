using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>
/// A store that lets another node act at one chosen moment: the first time an instance is read through it (alone or
/// with a task or timer it owns),
/// <see cref="BeforeInstanceRead"/> runs (say, another engine on the same store commits) before the read goes on;
/// likewise <see cref="BeforeCommit"/> before the next commit. Every other call passes straight to the store beneath.
/// </summary>
internal sealed class InterleavingStore(IWorkflowStore inner) : IWorkflowStore
{
    public Func<Task>? BeforeInstanceRead { get; set; }

    public Func<Task>? BeforeCommit { get; set; }

    public async Task<InstanceRecord?> GetInstanceAsync(Guid id, CancellationToken ct = default)
    {
        await InterleaveAsync();
        return await inner.GetInstanceAsync(id, ct);
    }

    public async Task<OwnedRow<UserTaskRecord>?> GetTaskWithInstanceAsync(Guid id, CancellationToken ct = default)
    {
        await InterleaveAsync();
        return await inner.GetTaskWithInstanceAsync(id, ct);
    }

    public async Task<OwnedRow<TimerRecord>?> GetTimerWithInstanceAsync(Guid id, CancellationToken ct = default)
    {
        await InterleaveAsync();
        return await inner.GetTimerWithInstanceAsync(id, ct);
    }

    private async Task InterleaveAsync()
    {
        if (BeforeInstanceRead is { } interleave)
        {
            BeforeInstanceRead = null;
            await interleave();
        }
    }

    public Task<DefinitionRecord?> GetDefinitionAsync(Guid id, CancellationToken ct = default) => inner.GetDefinitionAsync(id, ct);
    public Task<DefinitionInfo?> GetDefinitionInfoAsync(Guid id, CancellationToken ct = default) => inner.GetDefinitionInfoAsync(id, ct);
    public Task<DefinitionRecord?> FindDefinitionAsync(string key, int? version, CancellationToken ct = default) => inner.FindDefinitionAsync(key, version, ct);
    public Task<Guid?> FindDefinitionIdAsync(string key, int? version, CancellationToken ct = default) => inner.FindDefinitionIdAsync(key, version, ct);
    public Task<IReadOnlyList<DefinitionInfo>> ListDefinitionsAsync(string? key, CancellationToken ct = default) => inner.ListDefinitionsAsync(key, ct);
    public Task<IReadOnlyList<DefinitionInfo>> ListLatestDefinitionsAsync(CancellationToken ct = default) => inner.ListLatestDefinitionsAsync(ct);
    public Task<IReadOnlyList<DefinitionRecord>> FindMessageStartDefinitionsAsync(string messageName, CancellationToken ct = default) => inner.FindMessageStartDefinitionsAsync(messageName, ct);
    public Task<PagedResult<InstanceRecord>> QueryInstancesAsync(InstanceQuery query, CancellationToken ct = default) => inner.QueryInstancesAsync(query, ct);
    public Task<IReadOnlyList<VersionInstanceCount>> CountActiveInstancesAsync(string? key, CancellationToken ct = default) => inner.CountActiveInstancesAsync(key, ct);
    public Task<UserTaskRecord?> GetTaskAsync(Guid id, CancellationToken ct = default) => inner.GetTaskAsync(id, ct);
    public Task<PagedResult<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken ct = default) => inner.QueryTasksAsync(query, ct);
    public Task<TimerRecord?> GetTimerAsync(Guid id, CancellationToken ct = default) => inner.GetTimerAsync(id, ct);
    public Task<IReadOnlyList<TimerRecord>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken ct = default) => inner.FindDueTimersAsync(now, max, ct);
    public Task<IReadOnlyList<Guid>> ClaimDueTimersAsync(DateTimeOffset now, DateTimeOffset until, int max, CancellationToken ct = default) => inner.ClaimDueTimersAsync(now, until, max, ct);
    public Task<IReadOnlyList<TimerRecord>> FindPendingTimersAsync(Guid? instanceId, Guid? definitionId, CancellationToken ct = default) => inner.FindPendingTimersAsync(instanceId, definitionId, ct);
    public Task<OpenWorkCount> CountOpenWorkAsync(DateTimeOffset now, CancellationToken ct = default) => inner.CountOpenWorkAsync(now, ct);
    public Task<IReadOnlyList<SubscriptionRecord>> FindSubscriptionsAsync(SubscriptionKind kind, string name, string? businessKey, CancellationToken ct = default) => inner.FindSubscriptionsAsync(kind, name, businessKey, ct);
    public Task<JobRecord?> GetJobAsync(Guid id, CancellationToken ct = default) => inner.GetJobAsync(id, ct);
    public Task<IReadOnlyList<JobRecord>> FindLockableJobsAsync(IReadOnlyCollection<string> topics, DateTimeOffset now, int max, CancellationToken ct = default) => inner.FindLockableJobsAsync(topics, now, max, ct);
    public Task<IReadOnlyList<JobRecord>> FindRunnableHandlerJobsAsync(DateTimeOffset now, int max, CancellationToken ct = default) => inner.FindRunnableHandlerJobsAsync(now, max, ct);
    public Task<IncidentRecord?> GetIncidentAsync(Guid id, CancellationToken ct = default) => inner.GetIncidentAsync(id, ct);
    public Task<IReadOnlyList<IncidentRecord>> FindIncidentsAsync(Guid? instanceId, bool openOnly, CancellationToken ct = default) => inner.FindIncidentsAsync(instanceId, openOnly, ct);
    public Task<IReadOnlyList<HistoryRecord>> GetHistoryAsync(Guid instanceId, CancellationToken ct = default) => inner.GetHistoryAsync(instanceId, ct);
    public async Task CommitAsync(ChangeSet changes, CancellationToken ct = default)
    {
        if (BeforeCommit is { } interleave)
        {
            BeforeCommit = null;
            await interleave();
        }
        await inner.CommitAsync(changes, ct);
    }
}
