using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Persistence;
using Samverkan.Host.Persistence.Cases;
using Samverkan.Shared.Persistence;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Cases.Plans;

/// <summary>
/// Saves a version of a SIP plan each time the plan is established or followed up (from the SIP's variables right
/// after that task completed) and reads a case's versions back. Reading decides nothing: callers show a plan only to
/// readers the process data rule lets see the case's values.
/// </summary>
internal sealed class PlanVersions(IDbContextFactory<CasesDbContext> contexts, ProcessEngine engine, ProcessDataAccess data, CasesLog log)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Whether a completed task establishes or follows up a SIP plan.</summary>
    public static bool MakesAVersion(UserTaskView task) =>
        task.Status == UserTaskStatus.Completed && task.DefinitionKey == SipPlan.ProcessKey
        && task.ElementId is SipPlan.EstablishStep or SipPlan.FollowUpStep;

    /// <summary>
    /// Saves the plan as the task left it: from <paramref name="variables"/>, the instance's variables right after the
    /// completion, or, without them (the catch-up after a stop), as the instance has them now. A task already saved, or
    /// a SIP without a case, saves nothing. Returns the version saved.
    /// </summary>
    public async Task<PlanVersionRecord?> RecordAsync(UserTaskView task, CancellationToken ct, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var instance = await engine.GetInstanceAsync(task.InstanceId, ct);
        if (instance is null || await data.CaseOfAsync(instance, ct) is not { } found)
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.PlanVersions.AnyAsync(p => p.TaskId == task.Id, ct))
        {
            return null;
        }
        var version = await db.PlanVersions.Where(p => p.InstanceId == instance.Id).Select(p => (int?)p.Version).MaxAsync(ct) ?? 0;
        var values = variables ?? instance.Variables;
        var plan = SipPlan.FromVariables(values, task.ElementId);
        var record = new PlanVersionRecord(Guid.CreateVersion7(task.EndedAt ?? instance.StartedAt), found.Case.Id, instance.Id, task.Id, version + 1,
            task.ElementId, JsonSerializer.Serialize(plan, Json), SipPlan.NotesFromVariables(values, task.ElementId),
            task.CompletedBy ?? "okänd", task.EndedAt ?? instance.StartedAt);
        db.PlanVersions.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            // Told twice at the same moment: the other one saved it.
            return null;
        }
        log.PlanVersionSaved(found.Case.Id, instance.Id, record.Version);
        return record;
    }

    /// <summary>How far back <see cref="CatchUpAsync"/> looks: a version missed by a stop is missed at the stop.</summary>
    public static readonly TimeSpan CatchUpWindow = TimeSpan.FromDays(30);

    /// <summary>
    /// Saves the versions a stop lost: an establish or follow-up task completed within <see cref="CatchUpWindow"/> whose
    /// version was not saved, because the service stopped between the task's commit and the save. Oldest first, so the
    /// numbers follow the completions. Returns what it saved.
    /// </summary>
    public async Task<IReadOnlyList<PlanVersionRecord>> CatchUpAsync(DateTimeOffset now, CancellationToken ct)
    {
        const int PageSize = 500;
        var completed = new List<UserTaskView>();
        for (var page = 1; ; page++)
        {
            var found = await engine.QueryTasksAsync(new() { DefinitionKey = SipPlan.ProcessKey, Status = UserTaskStatus.Completed, Page = page, PageSize = PageSize }, ct);
            completed.AddRange(found.Items.Where(t => MakesAVersion(t) && t.EndedAt >= now - CatchUpWindow));
            if (page * PageSize >= found.Total)
            {
                break;
            }
        }
        HashSet<Guid> saved;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var ids = completed.Select(t => t.Id).ToList();
            saved = (await db.PlanVersions.AsNoTracking().Where(p => ids.Contains(p.TaskId)).Select(p => p.TaskId).ToListAsync(ct)).ToHashSet();
        }
        var recorded = new List<PlanVersionRecord>();
        foreach (var task in completed.Where(t => !saved.Contains(t.Id)).OrderBy(t => t.EndedAt))
        {
            if (await RecordAsync(task, ct) is { } record)
            {
                recorded.Add(record);
            }
        }
        return recorded;
    }

    /// <summary>Every saved version of the case's plans, oldest first.</summary>
    public async Task<IReadOnlyList<PlanVersion>> ListAsync(Guid caseId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var records = await db.PlanVersions.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync(ct);
        return records.OrderBy(p => p.RecordedAt).ThenBy(p => p.Version).Select(ToVersion).ToList();
    }

    private static PlanVersion ToVersion(PlanVersionRecord record) =>
        new(record.InstanceId, record.Version, record.Step, JsonSerializer.Deserialize<SipPlan>(record.Content, Json)!, record.Notes,
            record.RecordedBy, record.RecordedAt);
}
