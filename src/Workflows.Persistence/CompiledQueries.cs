using Microsoft.EntityFrameworkCore;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence;

/// <summary>The look-ups every trigger makes, compiled once instead of translated from LINQ on each call.</summary>
internal static class CompiledQueries
{
    public static readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<InstanceRecord?>> Instance = ById<InstanceRecord>();
    public static readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<UserTaskRecord?>> Task = ById<UserTaskRecord>();
    public static readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<TimerRecord?>> Timer = ById<TimerRecord>();
    public static readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<JobRecord?>> Job = ById<JobRecord>();
    public static readonly Func<WorkflowDbContext, Guid, CancellationToken, Task<DefinitionRecord?>> Definition = ById<DefinitionRecord>();

    /// <summary>Only the id: starting an instance needs which version, and the cache usually has its model already.</summary>
    public static readonly Func<WorkflowDbContext, string, CancellationToken, Task<Guid>> LatestDefinitionId =
        EF.CompileAsyncQuery((WorkflowDbContext db, string key, CancellationToken ct) =>
            db.Definitions.Where(d => d.Key == key).OrderByDescending(d => d.Version).Select(d => d.Id).FirstOrDefault());

    public static readonly Func<WorkflowDbContext, string, int, CancellationToken, Task<Guid>> DefinitionId =
        EF.CompileAsyncQuery((WorkflowDbContext db, string key, int version, CancellationToken ct) =>
            db.Definitions.Where(d => d.Key == key && d.Version == version).Select(d => d.Id).FirstOrDefault());

    private static Func<WorkflowDbContext, Guid, CancellationToken, Task<T?>> ById<T>() where T : class =>
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id, CancellationToken ct) =>
            db.Set<T>().AsNoTracking().FirstOrDefault(e => EF.Property<Guid>(e, "Id") == id));
}
