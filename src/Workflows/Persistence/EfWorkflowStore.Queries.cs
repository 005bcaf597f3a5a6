using Microsoft.EntityFrameworkCore;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution.Records;

namespace Samverkan.Workflows.Persistence;

public sealed partial class EfWorkflowStore
{
    private async Task<T> ReadAsync<T>(Func<WorkflowDbContext, Task<T>> read, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await read(db);
    }

    private Task<IReadOnlyList<T>> ListAsync<T>(Func<WorkflowDbContext, IQueryable<T>> query, CancellationToken ct) =>
        ReadAsync<IReadOnlyList<T>>(async db => await query(db).ToListAsync(ct), ct);

    public Task<DefinitionRecord?> GetDefinitionAsync(Guid id, CancellationToken ct = default) =>
        ReadAsync(db => db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct), ct);

    public Task<DefinitionRecord?> FindDefinitionAsync(string key, int? version, CancellationToken ct = default) =>
        ReadAsync(db => db.Definitions.AsNoTracking()
            .Where(d => d.Key == key && (version == null || d.Version == version))
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct), ct);

    public Task<IReadOnlyList<DefinitionRecord>> ListDefinitionsAsync(string? key, CancellationToken ct = default) =>
        ListAsync(db => db.Definitions.AsNoTracking()
            .Where(d => key == null || d.Key == key).OrderBy(d => d.Key).ThenBy(d => d.Version), ct);

    public Task<IReadOnlyList<DefinitionRecord>> FindMessageStartDefinitionsAsync(string messageName, CancellationToken ct = default)
    {
        var pattern = Wrap(messageName);
        return ListAsync(db => db.Definitions.AsNoTracking()
            .Where(d => !db.Definitions.Any(o => o.Key == d.Key && o.Version > d.Version))
            .Where(d => d.StartMessages != null && d.StartMessages.Contains(pattern))
            .OrderBy(d => d.Key), ct);
    }

    public Task<InstanceRecord?> GetInstanceAsync(Guid id, CancellationToken ct = default) =>
        ReadAsync(db => db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct), ct);

    public Task<PagedResult<InstanceRecord>> QueryInstancesAsync(InstanceQuery query, CancellationToken ct = default) =>
        ReadAsync(db => PageAsync(db.Instances.AsNoTracking()
            .Where(i => (query.DefinitionKey == null || i.DefinitionKey == query.DefinitionKey)
                && (query.Status == null || i.Status == query.Status)
                && (query.BusinessKey == null || i.BusinessKey == query.BusinessKey)
                && (query.ParentInstanceId == null || i.ParentInstanceId == query.ParentInstanceId))
            .OrderByDescending(i => i.StartedAt).ThenBy(i => i.Id), query.Page, query.PageSize, ct), ct);

    public Task<UserTaskRecord?> GetTaskAsync(Guid id, CancellationToken ct = default) =>
        ReadAsync(db => db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct), ct);

    public Task<PagedResult<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken ct = default) =>
        ReadAsync(db => PageAsync(TaskQueryFilter.Apply(db.Tasks.AsNoTracking(), query)
            .OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenByDescending(t => t.Priority).ThenBy(t => t.CreatedAt),
            query.Page, query.PageSize, ct), ct);

    public Task<TimerRecord?> GetTimerAsync(Guid id, CancellationToken ct = default) =>
        ReadAsync(db => db.Timers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct), ct);

    public Task<IReadOnlyList<TimerRecord>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken ct = default) =>
        ListAsync(db => db.Timers.AsNoTracking()
            .Where(t => t.Status == TimerStatus.Pending && t.DueAt <= now).OrderBy(t => t.DueAt).Take(max), ct);

    public Task<IReadOnlyList<TimerRecord>> FindPendingTimersAsync(Guid? instanceId, Guid? definitionId, CancellationToken ct = default) =>
        ListAsync(db => db.Timers.AsNoTracking()
            .Where(t => t.Status == TimerStatus.Pending && (instanceId == null || t.InstanceId == instanceId)
                && (definitionId == null || (t.DefinitionId == definitionId && t.InstanceId == null)))
            .OrderBy(t => t.DueAt), ct);

    public Task<IReadOnlyList<SubscriptionRecord>> FindSubscriptionsAsync(SubscriptionKind kind, string name, string? businessKey, CancellationToken ct = default) =>
        ListAsync(db => db.Subscriptions.AsNoTracking()
            .Where(s => s.Kind == kind && s.Name == name && (businessKey == null || s.BusinessKey == businessKey))
            .OrderBy(s => s.CreatedAt), ct);

    public Task<JobRecord?> GetJobAsync(Guid id, CancellationToken ct = default) =>
        ReadAsync(db => db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct), ct);

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
            .Where(j => j.Kind == JobKind.Handler && j.Status == JobStatus.Pending && (j.NotBefore == null || j.NotBefore <= now))
            .OrderBy(j => j.CreatedAt).Take(max), ct);

    public Task<IncidentRecord?> GetIncidentAsync(Guid id, CancellationToken ct = default) =>
        ReadAsync(db => db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct), ct);

    public Task<IReadOnlyList<IncidentRecord>> FindIncidentsAsync(Guid? instanceId, bool openOnly, CancellationToken ct = default) =>
        ListAsync(db => db.Incidents.AsNoTracking()
            .Where(i => (instanceId == null || i.InstanceId == instanceId) && (!openOnly || i.ResolvedAt == null))
            .OrderBy(i => i.CreatedAt), ct);

    public Task<IReadOnlyList<HistoryRecord>> GetHistoryAsync(Guid instanceId, CancellationToken ct = default) =>
        ListAsync(db => db.History.AsNoTracking().Where(h => h.InstanceId == instanceId).OrderBy(h => h.Id), ct);

    private static async Task<PagedResult<T>> PageAsync<T>(IQueryable<T> query, int page, int size, CancellationToken ct)
    {
        page = Math.Max(1, page);
        size = Math.Clamp(size, 1, 500);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new PagedResult<T>(items, total, page, size);
    }

    internal static string Wrap(string item) => "," + item + ",";
}
