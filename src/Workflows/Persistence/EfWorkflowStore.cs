using Microsoft.EntityFrameworkCore;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution.Records;

namespace Samverkan.Workflows.Persistence;

/// <summary>
/// The database store on EF Core. Reads use a fresh, non-tracking context; a commit is one transaction:
/// the start-timer claims, one SaveChanges for inserts and full-row updates, then set-based updates by id.
/// </summary>
public sealed partial class EfWorkflowStore(IDbContextFactory<WorkflowDbContext> contexts) : IWorkflowStore
{
    public async Task CommitAsync(ChangeSet changes, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        List<HistoryRecord> history;
        try
        {
            await ClaimStartTimersAsync(db, changes, ct);
            TrackInstances(db, changes);
            db.Definitions.AddRange(changes.NewDefinitions);
            Track(db, changes.NewTasks, changes.ChangedTasks, t => t.Id);
            Track(db, changes.NewTimers, changes.ChangedTimers, t => t.Id);
            Track(db, changes.NewJobs, changes.ChangedJobs, j => j.Id);
            Track(db, changes.NewIncidents, changes.ChangedIncidents, i => i.Id);
            db.Subscriptions.AddRange(changes.NewSubscriptions);
            // Copies, so a rolled-back commit leaves the caller's entries without ids.
            history = changes.History.Select(Copy).ToList();
            db.History.AddRange(history);
            await db.SaveChangesAsync(ct);
            await ApplyByIdAsync(db, changes, ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("An instance or row changed since it was read.");
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            throw new ConcurrencyConflictException("A row with the same key was written meanwhile: " + e.InnerException?.Message);
        }
        foreach (var (record, expected) in changes.Instances)
        {
            if (expected is not null)
            {
                record.Revision = expected.Value + 1;
            }
        }
        for (var i = 0; i < history.Count; i++)
        {
            changes.History[i].Id = history[i].Id;
        }
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

    private static void TrackInstances(WorkflowDbContext db, ChangeSet changes)
    {
        foreach (var (record, expected) in changes.Instances)
        {
            var row = record.Clone();
            if (expected is null)
            {
                db.Instances.Add(row);
                continue;
            }
            row.Revision = expected.Value + 1;
            var entry = db.Instances.Attach(row);
            entry.State = EntityState.Modified;
            // Revision is the concurrency token: the UPDATE matches only WHERE Revision = expected.
            entry.Property(i => i.Revision).OriginalValue = expected.Value;
        }
    }

    /// <summary>Inserts the new rows and updates the changed ones in full; a row in both lists is inserted with its last state.</summary>
    private static void Track<T>(WorkflowDbContext db, List<T> added, List<T> changed, Func<T, Guid> id) where T : class
    {
        if (added.Count + changed.Count == 0)
        {
            return;
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
        foreach (var (row, isNew) in rows.Values)
        {
            db.Entry(row).State = isNew ? EntityState.Added : EntityState.Modified;
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
            await db.Timers.Where(t => ids.Contains(t.Id) && t.Status == TimerStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TimerStatus.Cancelled), ct);
        }
        if (changes.CancelledJobs.Count > 0)
        {
            var ids = changes.CancelledJobs;
            await db.Jobs.Where(j => ids.Contains(j.Id) && j.Status == JobStatus.Pending)
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

    private static HistoryRecord Copy(HistoryRecord h) => new()
    {
        InstanceId = h.InstanceId,
        At = h.At,
        Type = h.Type,
        ElementId = h.ElementId,
        ElementInstanceId = h.ElementInstanceId,
        Detail = h.Detail,
    };
}
