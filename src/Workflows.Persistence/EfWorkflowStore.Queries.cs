using Microsoft.EntityFrameworkCore;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence;

internal sealed partial class EfWorkflowStore
{
    private async Task<T> ReadAsync<T>(Func<WorkflowDbContext, Task<T>> read, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await read(db);
    }

    private Task<IReadOnlyList<T>> ListAsync<T>(Func<WorkflowDbContext, IQueryable<T>> query, CancellationToken ct) =>
        ReadAsync<IReadOnlyList<T>>(async db => await query(db).ToListAsync(ct), ct);

    public Task<DefinitionRecord?> GetDefinitionAsync(Guid id, CancellationToken ct = default) =>
        ReadAsync(db => _compiled.Definition(db, id, ct), ct);

    public Task<DefinitionInfo?> GetDefinitionInfoAsync(Guid id, CancellationToken ct = default) =>
        ReadAsync(db => db.Definitions.AsNoTracking().Where(d => d.Id == id).Select(DefinitionInfoOf).FirstOrDefaultAsync(ct), ct);

    public Task<Guid?> FindDefinitionIdAsync(string key, int? version, CancellationToken ct = default) =>
        ReadAsync(async db =>
        {
            var id = version is int v ? await _compiled.DefinitionId(db, key, v, ct) : await _compiled.LatestDefinitionId(db, key, ct);
            return id == Guid.Empty ? (Guid?)null : id;
        }, ct);

    public Task<DefinitionRecord?> FindDefinitionAsync(string key, int? version, CancellationToken ct = default) =>
        ReadAsync(db => db.Definitions.AsNoTracking()
            .Where(d => d.Key == key && (version == null || d.Version == version))
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct), ct);

    public Task<IReadOnlyList<DefinitionInfo>> ListDefinitionsAsync(string? key, CancellationToken ct = default) =>
        ListAsync(db => db.Definitions.AsNoTracking()
            .Where(d => key == null || d.Key == key).OrderBy(d => d.Key).ThenBy(d => d.Version)
            .Select(DefinitionInfoOf), ct);

    public Task<IReadOnlyList<DefinitionInfo>> ListLatestDefinitionsAsync(CancellationToken ct = default) =>
        ListAsync(db => db.Definitions.AsNoTracking()
            .Where(d => !db.Definitions.Any(o => o.Key == d.Key && o.Version > d.Version)).OrderBy(d => d.Key)
            .Select(DefinitionInfoOf), ct);

    private static readonly System.Linq.Expressions.Expression<Func<DefinitionRecord, DefinitionInfo>> DefinitionInfoOf = d => new DefinitionInfo
    {
        Id = d.Id, Key = d.Key, Version = d.Version, Name = d.Name, Hash = d.Hash, Source = d.Source, DeployedAt = d.DeployedAt,
    };

    public Task<IReadOnlyList<DefinitionRecord>> FindMessageStartDefinitionsAsync(string messageName, CancellationToken ct = default)
    {
        var pattern = Wrap(messageName);
        return ListAsync(db => db.Definitions.AsNoTracking()
            .Where(d => !db.Definitions.Any(o => o.Key == d.Key && o.Version > d.Version))
            .Where(d => d.StartMessages != null && d.StartMessages.Contains(pattern))
            .OrderBy(d => d.Key), ct);
    }

    public Task<InstanceRecord?> GetInstanceAsync(Guid id, CancellationToken ct = default) =>
        ReadAsync(db => _compiled.Instance(db, id, ct), ct);

    public Task<PagedResult<InstanceRecord>> QueryInstancesAsync(InstanceQuery query, CancellationToken ct = default) =>
        ReadAsync(db => PageAsync(db.Instances.AsNoTracking()
            .Where(i => (query.DefinitionKey == null || i.DefinitionKey == query.DefinitionKey)
                && (query.Status == null || i.Status == query.Status)
                && (query.BusinessKey == null || i.BusinessKey == query.BusinessKey)
                && (query.ParentInstanceId == null || i.ParentInstanceId == query.ParentInstanceId)
                && (query.DefinitionId == null || i.DefinitionId == query.DefinitionId)
                && (query.StartedBefore == null || i.StartedAt < query.StartedBefore))
            .OrderByDescending(i => i.StartedAt).ThenBy(i => i.Id), query.Page, query.PageSize, ct), ct);

    public Task<IReadOnlyList<VersionInstanceCount>> CountActiveInstancesAsync(string? key, CancellationToken ct = default) =>
        ListAsync(db => db.Instances.AsNoTracking()
            .Where(i => i.Status == InstanceStatus.Active && (key == null || i.DefinitionKey == key))
            .GroupBy(i => new { i.DefinitionKey, i.DefinitionVersion })
            .OrderBy(g => g.Key.DefinitionKey).ThenBy(g => g.Key.DefinitionVersion)
            .Select(g => new VersionInstanceCount(g.Key.DefinitionKey, g.Key.DefinitionVersion, g.Count())), ct);

    public Task<UserTaskRecord?> GetTaskAsync(Guid id, CancellationToken ct = default) =>
        ReadAsync(db => _compiled.Task(db, id, ct), ct);

    public Task<PagedResult<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken ct = default) =>
        ReadAsync(db => PageAsync(TaskQueryFilter.Ordered(TaskQueryFilter.Apply(db.Tasks.AsNoTracking(), query)),
            query.Page, query.PageSize, ct, TaskQueryFilter.CanUsePage(query) ? (skip, take) => TaskQueryFilter.PageOf(_compiled, db, query, skip, take) : null), ct);

    public Task<OwnedRow<UserTaskRecord>?> GetTaskWithInstanceAsync(Guid id, CancellationToken ct = default) =>
        ReadAsync(db => _compiled.TaskWithInstance(db, id, ct), ct);

    public Task<OwnedRow<TimerRecord>?> GetTimerWithInstanceAsync(Guid id, CancellationToken ct = default) =>
        ReadAsync(db => _compiled.TimerWithInstance(db, id, ct), ct);

    public Task<TimerRecord?> GetTimerAsync(Guid id, CancellationToken ct = default) =>
        ReadAsync(db => _compiled.Timer(db, id, ct), ct);

    public Task<IReadOnlyList<TimerRecord>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken ct = default) =>
        ListAsync(db => db.Timers.AsNoTracking()
            .Where(t => t.Status == TimerStatus.Pending && t.DueAt <= now).OrderBy(t => t.DueAt).Take(max), ct);

    public Task<IReadOnlyList<TimerRecord>> FindPendingTimersAsync(Guid? instanceId, Guid? definitionId, CancellationToken ct = default) =>
        ListAsync(db => db.Timers.AsNoTracking()
            .Where(t => t.Status == TimerStatus.Pending && (instanceId == null || t.InstanceId == instanceId)
                && (definitionId == null || (t.DefinitionId == definitionId && t.InstanceId == null)))
            .OrderBy(t => t.DueAt), ct);

    public Task<OpenWorkCount> CountOpenWorkAsync(DateTimeOffset now, CancellationToken ct = default) =>
        ReadAsync(async db => new OpenWorkCount(
            await db.Tasks.LongCountAsync(t => t.Status == UserTaskStatus.Open, ct),
            await db.Timers.LongCountAsync(t => t.Status == TimerStatus.Pending && t.DueAt <= now, ct)), ct);

    public Task<IReadOnlyList<SubscriptionRecord>> FindSubscriptionsAsync(SubscriptionKind kind, string name, string? businessKey, CancellationToken ct = default) =>
        ListAsync(db => db.Subscriptions.AsNoTracking()
            .Where(s => s.Kind == kind && s.Name == name && (businessKey == null || s.BusinessKey == businessKey))
            .OrderBy(s => s.CreatedAt), ct);

    public Task<JobRecord?> GetJobAsync(Guid id, CancellationToken ct = default) =>
        ReadAsync(db => _compiled.Job(db, id, ct), ct);

    public Task<IReadOnlyList<JobRecord>> FindLockableJobsAsync(IReadOnlyCollection<string> topics, DateTimeOffset now, int max, CancellationToken ct = default)
    {
        var targets = topics.ToArray();
        return ListAsync(db => db.Jobs.AsNoTracking()
            .Where(j => j.Kind == JobKind.External && j.Status == JobStatus.Pending && targets.Contains(j.Target)
                && (j.LockedUntil == null || j.LockedUntil < now) && (j.NotBefore == null || j.NotBefore <= now))
            .OrderBy(j => j.CreatedAt).Take(max), ct);
    }

    public Task<IReadOnlyList<JobRecord>> FindRunnableHandlerJobsAsync(DateTimeOffset now, int max, CancellationToken ct = default) =>
        ListAsync(db => db.Jobs.AsNoTracking()
            .Where(j => j.Kind != JobKind.External && j.Status == JobStatus.Pending && (j.NotBefore == null || j.NotBefore <= now))
            .OrderBy(j => j.CreatedAt).Take(max), ct);

    public Task<IncidentRecord?> GetIncidentAsync(Guid id, CancellationToken ct = default) =>
        ReadAsync(db => db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct), ct);

    public Task<IReadOnlyList<IncidentRecord>> FindIncidentsAsync(Guid? instanceId, bool openOnly, CancellationToken ct = default) =>
        ListAsync(db => db.Incidents.AsNoTracking()
            .Where(i => (instanceId == null || i.InstanceId == instanceId) && (!openOnly || i.ResolvedAt == null))
            .OrderBy(i => i.CreatedAt), ct);

    public Task<IReadOnlyList<HistoryRecord>> GetHistoryAsync(Guid instanceId, CancellationToken ct = default) =>
        ListAsync(db => db.History.AsNoTracking().Where(h => h.InstanceId == instanceId).OrderBy(h => h.Id), ct);

    /// <param name="compiled">A compiled form of <paramref name="query"/> for the items (skip, take), when there is one.</param>
    private static async Task<PagedResult<T>> PageAsync<T>(IQueryable<T> query, int page, int size, CancellationToken ct,
        Func<int, int, IAsyncEnumerable<T>>? compiled = null)
    {
        page = Math.Max(1, page);
        size = Math.Clamp(size, 1, 500);
        var skip = (page - 1) * size;
        var items = compiled is null ? await query.Skip(skip).Take(size).ToListAsync(ct) : await ToListAsync(compiled(skip, size), ct);
        // A short page that is not past the end already tells the total; only a full or empty page needs the count.
        var total = items.Count < size && (items.Count > 0 || page == 1)
            ? skip + items.Count
            : await query.CountAsync(ct);
        return new PagedResult<T>(items, total, page, size);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(ct))
        {
            list.Add(item);
        }
        return list;
    }

    internal static string Wrap(string item) => "," + item + ",";
}
