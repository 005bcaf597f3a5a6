using Microsoft.EntityFrameworkCore;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence;

/// <summary>
/// The database store on EF Core. Reads use a fresh, non-tracking context. A commit is one transaction: the
/// start-timer claims, one batch of inserts and full-row updates (SQL generated once from the EF model, see
/// <see cref="TableWriter{T}"/>), set-based updates by id, and one multi-row insert of the history.
/// </summary>
internal sealed partial class EfWorkflowStore(IDbContextFactory<WorkflowDbContext> contexts, WorkflowStoreDialect dialect) : IWorkflowStore
{
    /// <summary>
    /// A single-writer database (SQLite) has one writer at a time. Writers of this process queue here instead of in
    /// SQLite's busy handler, which sleeps for milliseconds between tries; other processes still meet the busy timeout.
    /// </summary>
    private readonly SemaphoreSlim _singleWriter = new(1, 1);
    private readonly CompiledQueries _compiled = new();
    private RowWriters? _writers;
    private TimerClaims? _claims;

    public async Task CommitAsync(ChangeSet changes, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var writers = _writers ??= new RowWriters(db);
        // SQL and parameters are built and compiled before the write lock is taken; inside it only the statements run.
        await using var rows = writers.Batch(db);
        var updates = AppendRows(writers, rows, changes);
        await using var history = writers.Batch(db);
        writers.History.AppendInsert(history, changes.History, returningKey: true);
        await db.Database.OpenConnectionAsync(ct);
        await rows.PrepareAsync(ct);
        await history.PrepareAsync(ct);
        var gate = dialect.SingleWriter ? _singleWriter : null;
        if (gate is not null)
        {
            await gate.WaitAsync(ct);
        }
        List<long> historyIds;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await ClaimStartTimersAsync(db, changes, ct);
            if ((await rows.ExecuteAsync(ct)).Count != updates)
            {
                throw new ConcurrencyConflictException("An instance or row changed since it was read.");
            }
            await ApplyByIdAsync(db, changes, ct);
            historyIds = await history.ExecuteAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (dialect.IsUniqueViolation(e))
        {
            throw new ConcurrencyConflictException("A row with the same key was written meanwhile: " + e.Message);
        }
        finally
        {
            gate?.Release();
        }
        foreach (var (record, expected) in changes.Instances)
        {
            if (expected is not null)
            {
                record.Revision = expected.Value + 1;
            }
        }
        // Ids only grow and an INSERT takes its VALUES rows in order, so sorted they are the entries' ids in order
        // (RETURNING itself promises no order). Set only now, so a rolled-back commit leaves the entries without ids.
        historyIds.Sort();
        for (var i = 0; i < historyIds.Count; i++)
        {
            changes.History[i].Id = historyIds[i];
        }
    }

    public async Task<IReadOnlyList<Guid>> ClaimDueTimersAsync(DateTimeOffset now, DateTimeOffset until, int max, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var claims = _claims ??= new TimerClaims(db, dialect);
        await db.Database.OpenConnectionAsync(ct);
        await using var command = claims.Command(db.Database.GetDbConnection(), now, until, max);
        var gate = dialect.SingleWriter ? _singleWriter : null;
        if (gate is not null)
        {
            await gate.WaitAsync(ct);
        }
        try
        {
            return await TimerClaims.ReadIdsAsync(command, ct);
        }
        finally
        {
            gate?.Release();
        }
    }

    /// <summary>Adds the inserts and updates of the change set; returns how many updates must each match a row.</summary>
    private static int AppendRows(RowWriters writers, SqlBatch batch, ChangeSet changes)
    {
        var updates = 0;
        var newInstances = new List<InstanceRecord>();
        foreach (var (record, expected) in changes.Instances)
        {
            if (expected is null)
            {
                newInstances.Add(record);
                continue;
            }
            // Revision is the concurrency token: the UPDATE matches only WHERE Revision = expected.
            var row = record.Clone();
            row.Revision = expected.Value + 1;
            writers.Instances.AppendUpdate(batch, row, expected.Value);
            updates++;
        }
        writers.Instances.AppendInsert(batch, newInstances);
        writers.Definitions.AppendInsert(batch, changes.NewDefinitions);
        updates += Append(writers.Tasks, batch, changes.NewTasks, changes.ChangedTasks, t => t.Id);
        updates += Append(writers.Timers, batch, changes.NewTimers, changes.ChangedTimers, t => t.Id);
        updates += Append(writers.Jobs, batch, changes.NewJobs, changes.ChangedJobs, j => j.Id);
        updates += Append(writers.Incidents, batch, changes.NewIncidents, changes.ChangedIncidents, i => i.Id);
        writers.Subscriptions.AppendInsert(batch, changes.NewSubscriptions);
        return updates;
    }

    /// <summary>Inserts the new rows and updates the changed ones in full; a row in both lists is inserted with its last state.</summary>
    private static int Append<T>(TableWriter<T> writer, SqlBatch batch, List<T> added, List<T> changed, Func<T, Guid> id) where T : class
    {
        if (added.Count + changed.Count == 0)
        {
            return 0;
        }
        var rows = new Dictionary<Guid, (T Row, bool IsNew)>();
        foreach (var row in added)
        {
            rows[id(row)] = (row, true);
        }
        foreach (var row in changed)
        {
            rows[id(row)] = (row, rows.TryGetValue(id(row), out var previous) && previous.IsNew);
        }
        writer.AppendInsert(batch, rows.Values.Where(r => r.IsNew).Select(r => r.Row).ToList());
        var updated = rows.Values.Where(r => !r.IsNew).Select(r => r.Row).ToList();
        foreach (var row in updated)
        {
            writer.AppendUpdate(batch, row);
        }
        return updated.Count;
    }

    private static async Task ClaimStartTimersAsync(WorkflowDbContext db, ChangeSet changes, CancellationToken ct)
    {
        foreach (var (timerId, firedCount) in changes.ClaimedStartTimers)
        {
            // An update rather than a read: it takes the row (or database) lock, so two claimers cannot both pass.
            var claimed = await db.Timers
                .Where(t => t.Id == timerId && t.Status == TimerStatus.Pending && t.FiredCount == firedCount)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.FiredCount, firedCount), ct);
            if (claimed == 0)
            {
                throw new ConcurrencyConflictException($"Start timer {timerId} was fired by someone else.");
            }
        }
    }

    private static async Task ApplyByIdAsync(WorkflowDbContext db, ChangeSet changes, CancellationToken ct)
    {
        foreach (var group in changes.CancelledTasks.GroupBy(c => c.At))
        {
            var ids = group.Select(c => c.TaskId).ToList();
            DateTimeOffset? at = group.Key;
            await db.Tasks.Where(t => ids.Contains(t.Id) && t.Status == UserTaskStatus.Open)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, UserTaskStatus.Cancelled).SetProperty(t => t.EndedAt, at), ct);
        }
        if (changes.CancelledTimers.Count > 0)
        {
            var ids = changes.CancelledTimers;
            await db.Timers.Where(t => ids.Contains(t.Id) && (t.Status == TimerStatus.Pending || t.Status == TimerStatus.Suspended))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TimerStatus.Cancelled), ct);
        }
        if (changes.CancelledJobs.Count > 0)
        {
            var ids = changes.CancelledJobs;
            await db.Jobs.Where(j => ids.Contains(j.Id) && (j.Status == JobStatus.Pending || j.Status == JobStatus.Suspended))
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Cancelled), ct);
        }
        if (changes.DeletedSubscriptions.Count > 0)
        {
            var ids = changes.DeletedSubscriptions;
            await db.Subscriptions.Where(s => ids.Contains(s.Id)).ExecuteDeleteAsync(ct);
        }
        foreach (var group in changes.ResolvedIncidents.GroupBy(r => r.At))
        {
            var ids = group.Select(r => r.IncidentId).ToList();
            DateTimeOffset? at = group.Key;
            await db.Incidents.Where(i => ids.Contains(i.Id) && i.ResolvedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ResolvedAt, at), ct);
        }
    }
}
