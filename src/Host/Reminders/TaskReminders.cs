using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Jobs;
using Samverkan.Host.Notifications;
using Samverkan.Host.Notifications.Recipients;
using Samverkan.Host.Persistence;
using Samverkan.Rules.Helpers;
using Samverkan.Rules.Parameters;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Shared.Persistence;
using Samverkan.Host.Persistence.Notifications;
using Samverkan.Host.Persistence.Reminders;

namespace Samverkan.Host.Reminders;

/// <summary>
/// For every open user task with a due time: a reminder when the due time is no more than the parameter
/// <c>taskReminderLeadTime</c> away, and an overdue notice once it has passed, each sent once per task.
/// </summary>
/// <remarks>
/// The lead time is read from the parameters at every run rather than baked into the recurring job's schedule: a
/// manager's change takes effect at the next run, on every node, without re-registering anything. The schedule
/// itself only says how often to look (<see cref="Hosting.SchedulingOptions.RemindersCron"/>).
/// </remarks>
public sealed class TaskReminders(
    ProcessEngine engine,
    IParameterService parameters,
    INotifier notifier,
    IDbContextFactory<HostDbContext> contexts,
    TimeProvider clock,
    ILogger<TaskReminders> log)
{
    public const string LeadTimeParameter = "taskReminderLeadTime";

    private const int PageSize = 500;
    private static readonly Period DefaultLeadTime = Period.FromDays(2);

    /// <summary>Sends what is due now; returns how many reminders and overdue notices went out.</summary>
    public async Task<(int Reminders, int Overdue)> SendDueAsync(CancellationToken ct = default)
    {
        // A boundary timer at the due time (a case lifted when it is late) fires first, so its task is not called overdue.
        await DueWorkSweep.SweepOnceAsync(engine, log, ct);
        var now = clock.GetUtcNow();
        var lead = await LeadTimeAsync(now, ct);
        int reminders = 0, overdue = 0;
        for (var page = 1; ; page++)
        {
            // Due at or before now + lead: "before" one microsecond later, the finest instant every database keeps
            // (PostgreSQL's timestamptz drops a single tick, which made the bound exclusive there).
            var dueBefore = lead.AddTo(now).AddTicks(TimeSpan.TicksPerMicrosecond);
            var tasks = (await engine.QueryTasksAsync(new TaskQuery { DueBefore = dueBefore, Page = page, PageSize = PageSize }, ct)).Items;
            var sent = await SentAsync(tasks.Select(t => t.Id).ToList(), ct);
            foreach (var task in tasks)
            {
                if (NoticeFor(task, now, lead) is not { } kind || sent.Contains((task.Id, kind)))
                {
                    continue;
                }
                if (!await SendAsync(task, kind, now, ct))
                {
                    continue;
                }
                if (kind == NotificationKind.Overdue)
                {
                    overdue++;
                }
                else
                {
                    reminders++;
                }
            }
            if (tasks.Count < PageSize)
            {
                break;
            }
        }
        if (reminders + overdue > 0)
        {
            log.LogInformation("Sent {ReminderCount} task reminders and {OverdueCount} overdue notices", reminders, overdue);
        }
        return (reminders, overdue);
    }

    /// <summary>What the task is due for now, if anything.</summary>
    private static NotificationKind? NoticeFor(UserTaskView task, DateTimeOffset now, Period lead)
    {
        if (task.DueAt is not { } due)
        {
            return null;
        }
        if (due <= now)
        {
            return NotificationKind.Overdue;
        }
        // A task given out already inside the lead time was announced with its due time; a reminder on top is noise.
        return lead.AddTo(task.CreatedAt) <= due ? NotificationKind.Reminder : null;
    }

    private async Task<bool> SendAsync(UserTaskView task, NotificationKind kind, DateTimeOffset now, CancellationToken ct)
    {
        var name = string.IsNullOrWhiteSpace(task.Name) ? task.ElementId : task.Name;
        var due = task.DueAt!.Value;
        var to = Recipients(task);
        var told = to.Count == 0 ? 0 : (await notifier.NotifyAsync(
            new NotificationRequest(kind, to, TaskReminderTexts.Title(kind, name), TaskReminderTexts.Body(kind, name, due))
            {
                TaskId = task.Id,
                InstanceId = task.InstanceId,
                // Written before the row below: a run that stops in between sends nothing twice when it runs again.
                DedupeKey = $"task:{task.Id}:{kind.ToString().ToLowerInvariant()}",
            }, ct)).Count;
        if (to.Count == 0)
        {
            log.LogWarning("Task {TaskId} is due at {DueAt} but has no assignee or candidates to tell", task.Id, due);
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.TaskReminders.Add(new TaskReminderRecord(task.Id, kind, due, told, now));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            log.LogDebug("The {Kind} notice of task {TaskId} was recorded by another run", kind, task.Id);
            return false;
        }
    }

    /// <summary>The assignee if the task is claimed, else its candidate users and groups.</summary>
    private static List<RecipientRef> Recipients(UserTaskView task) =>
        task.Assignee is { } assignee
            ? [RecipientRef.User(assignee)]
            : [.. task.CandidateUserList.Select(RecipientRef.User), .. task.CandidateGroupList.Select(RecipientRef.Group)];

    private async Task<HashSet<(Guid, NotificationKind)>> SentAsync(List<Guid> taskIds, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.TaskReminders.AsNoTracking().Where(r => taskIds.Contains(r.TaskId)).Select(r => new { r.TaskId, r.Kind }).ToListAsync(ct);
        return rows.Select(r => (r.TaskId, r.Kind)).ToHashSet();
    }

    private async Task<Period> LeadTimeAsync(DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            return await parameters.GetValueAsync<Period>(LeadTimeParameter, now, ct);
        }
        catch (ParameterNotFoundException)
        {
            log.LogWarning("Parameter {Parameter} does not exist; reminding {LeadTime} before the due time", LeadTimeParameter, DefaultLeadTime);
            return DefaultLeadTime;
        }
    }
}
