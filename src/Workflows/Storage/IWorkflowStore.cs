
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Storage;

/// <summary>Where definitions, instances and their side rows live. Reads return copies; writes go through <see cref="CommitAsync"/>.</summary>
internal interface IWorkflowStore
{
    Task<DefinitionRecord?> GetDefinitionAsync(Guid id, CancellationToken ct = default);
    /// <summary>One version without its XML.</summary>
    Task<DefinitionInfo?> GetDefinitionInfoAsync(Guid id, CancellationToken ct = default);
    /// <summary>The given version of a key, or the latest when <paramref name="version"/> is null.</summary>
    Task<DefinitionRecord?> FindDefinitionAsync(string key, int? version, CancellationToken ct = default);
    /// <summary>The id of the given version of a key, or of the latest when <paramref name="version"/> is null; no XML read.</summary>
    Task<Guid?> FindDefinitionIdAsync(string key, int? version, CancellationToken ct = default);
    /// <summary>Every version (of <paramref name="key"/> only, when given), by key and version; no XML read.</summary>
    Task<IReadOnlyList<DefinitionInfo>> ListDefinitionsAsync(string? key, CancellationToken ct = default);
    /// <summary>The latest version of every key, by key; no XML read.</summary>
    Task<IReadOnlyList<DefinitionInfo>> ListLatestDefinitionsAsync(CancellationToken ct = default);
    /// <summary>Latest versions whose message start events listen for <paramref name="messageName"/>.</summary>
    Task<IReadOnlyList<DefinitionRecord>> FindMessageStartDefinitionsAsync(string messageName, CancellationToken ct = default);

    Task<InstanceRecord?> GetInstanceAsync(Guid id, CancellationToken ct = default);
    Task<PagedResult<InstanceRecord>> QueryInstancesAsync(InstanceQuery query, CancellationToken ct = default);
    /// <summary>Active instances per key and version (of <paramref name="key"/> only, when given); versions with none are left out.</summary>
    Task<IReadOnlyList<VersionInstanceCount>> CountActiveInstancesAsync(string? key, CancellationToken ct = default);

    Task<UserTaskRecord?> GetTaskAsync(Guid id, CancellationToken ct = default);

    /// <summary>The task and its instance in one consistent read (one round trip instead of three); null without the task.</summary>
    Task<OwnedRow<UserTaskRecord>?> GetTaskWithInstanceAsync(Guid id, CancellationToken ct = default);
    Task<PagedResult<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken ct = default);

    Task<TimerRecord?> GetTimerAsync(Guid id, CancellationToken ct = default);

    /// <summary>The timer and its instance, if it has one, in one consistent read; null without the timer.</summary>
    Task<OwnedRow<TimerRecord>?> GetTimerWithInstanceAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<TimerRecord>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken ct = default);

    /// <summary>
    /// Takes up to <paramref name="max"/> timers that are pending, due at <paramref name="now"/> and not claimed by
    /// anyone until later than that, oldest first, and claims them until <paramref name="until"/>; returns their ids.
    /// Two claims at once never return the same timer. A claim only keeps other claimers away (the engine fires a
    /// timer once however often it is asked); writing the timer ends it.
    /// </summary>
    Task<IReadOnlyList<Guid>> ClaimDueTimersAsync(DateTimeOffset now, DateTimeOffset until, int max, CancellationToken ct = default);
    Task<IReadOnlyList<TimerRecord>> FindPendingTimersAsync(Guid? instanceId, Guid? definitionId, CancellationToken ct = default);

    /// <summary>Open user tasks and timers pending with a due time at or before <paramref name="now"/>: two counts on indexes.</summary>
    Task<OpenWorkCount> CountOpenWorkAsync(DateTimeOffset now, CancellationToken ct = default);

    Task<IReadOnlyList<SubscriptionRecord>> FindSubscriptionsAsync(SubscriptionKind kind, string name, string? businessKey, CancellationToken ct = default);

    Task<JobRecord?> GetJobAsync(Guid id, CancellationToken ct = default);
    /// <summary>Pending external jobs on these topics that nobody holds a valid lock on.</summary>
    Task<IReadOnlyList<JobRecord>> FindLockableJobsAsync(IReadOnlyCollection<string> topics, DateTimeOffset now, int max, CancellationToken ct = default);
    /// <summary>Pending handler and continuation jobs that are due, oldest first (the sweep runs them).</summary>
    Task<IReadOnlyList<JobRecord>> FindRunnableHandlerJobsAsync(DateTimeOffset now, int max, CancellationToken ct = default);

    Task<IncidentRecord?> GetIncidentAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<IncidentRecord>> FindIncidentsAsync(Guid? instanceId, bool openOnly, CancellationToken ct = default);

    Task<IReadOnlyList<HistoryRecord>> GetHistoryAsync(Guid instanceId, CancellationToken ct = default);

    /// <summary>Writes the change set atomically; throws <see cref="ConcurrencyConflictException"/> if an instance moved on.</summary>
    Task CommitAsync(ChangeSet changes, CancellationToken ct = default);
}
