using Microsoft.EntityFrameworkCore;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence;

/// <summary>
/// The look-ups every trigger makes, compiled once instead of translated from LINQ on each call. One set per store:
/// EF Core runs a compiled query only on the model it was compiled for, and two stores in one process (a SQLite and a
/// PostgreSQL one, as in the tests) have two models.
/// </summary>
internal sealed class CompiledQueries
{
    public readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<InstanceRecord?>> Instance = ById<InstanceRecord>();
    public readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<UserTaskRecord?>> Task = ById<UserTaskRecord>();
    public readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<TimerRecord?>> Timer = ById<TimerRecord>();
    public readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<JobRecord?>> Job = ById<JobRecord>();
    public readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<DefinitionRecord?>> Definition = ById<DefinitionRecord>();

    /// <summary>A task and its instance in one statement (a left join: a database sees both as of one moment).</summary>
    public readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<OwnedRow<UserTaskRecord>?>> TaskWithInstance =
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id, CancellationToken ct) =>
            (from t in db.Tasks.AsNoTracking()
             where t.Id == id
             join i in db.Instances.AsNoTracking() on t.InstanceId equals i.Id into owners
             from i in owners.DefaultIfEmpty()
             select new OwnedRow<UserTaskRecord>(t, i)).FirstOrDefault());

    /// <summary>A timer and its instance, if it has one, in one statement.</summary>
    public readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<OwnedRow<TimerRecord>?>> TimerWithInstance =
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id, CancellationToken ct) =>
            (from t in db.Timers.AsNoTracking()
             where t.Id == id
             join i in db.Instances.AsNoTracking() on t.InstanceId equals (Guid?)i.Id into owners
             from i in owners.DefaultIfEmpty()
             select new OwnedRow<TimerRecord>(t, i)).FirstOrDefault());

    /// <summary>Only the id: starting an instance needs which version, and the cache usually has its model already.</summary>
    public readonly Func<WorkflowDbContext, string, CancellationToken, Task<Guid>> LatestDefinitionId =
        EF.CompileAsyncQuery((WorkflowDbContext db, string key, CancellationToken ct) =>
            db.Definitions.Where(d => d.Key == key).OrderByDescending(d => d.Version).Select(d => d.Id).FirstOrDefault());

    public readonly Func<WorkflowDbContext, string, int, CancellationToken, Task<Guid>> DefinitionId =
        EF.CompileAsyncQuery((WorkflowDbContext db, string key, int version, CancellationToken ct) =>
            db.Definitions.Where(d => d.Key == key && d.Version == version).Select(d => d.Id).FirstOrDefault());

    /// <summary>
    /// A page of the common task queries (an instance's, a group's, an assignee's tasks); EF drops the conditions whose
    /// parameter is null when it runs. Queries by visibility or due date go through <see cref="TaskQueryFilter.Apply"/>.
    /// </summary>
    public readonly Func<WorkflowDbContext, UserTaskStatus?, string?, string?, Guid?, string?, int, int, IAsyncEnumerable<UserTaskRecord>> TaskPage =
        EF.CompileAsyncQuery((WorkflowDbContext db, UserTaskStatus? status, string? assignee, string? groupPattern, Guid? instanceId, string? key, int skip, int take) =>
            db.Tasks.AsNoTracking()
                .Where(t => (status == null || t.Status == status)
                    && (assignee == null || t.Assignee == assignee)
                    && (groupPattern == null || t.CandidateGroups.Contains(groupPattern))
                    && (instanceId == null || t.InstanceId == instanceId)
                    && (key == null || t.DefinitionKey == key))
                // TaskQueryFilter.Ordered's order, written out: a compiled query cannot call it.
                .OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenByDescending(t => t.Priority).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id)
                .Skip(skip).Take(take));

    private static Func<WorkflowDbContext, Guid, CancellationToken, Task<T?>> ById<T>() where T : class =>
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id, CancellationToken ct) =>
            db.Set<T>().AsNoTracking().FirstOrDefault(e => EF.Property<Guid>(e, "Id") == id));
}
