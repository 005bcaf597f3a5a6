using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Notifications.Recipients;
using Samverkan.Host.Persistence;
using Samverkan.Workflows.Monitoring;
using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications.Engine;

/// <summary>
/// What a committed task change tells whom: a new task tells its assignee, candidate users and the members of its
/// candidate groups; a task that is given to someone who has not heard of it yet tells them. Each notice has a
/// dedupe key, so handling the same change twice (the live worker and the start-up catch-up) sends it once.
/// </summary>
internal sealed class TaskNotices(INotifier notifier, IDbContextFactory<HostDbContext> contexts)
{
    public static string CreatedKey(Guid taskId) => $"task:{taskId}:created";

    /// <summary>Whether a new task tells anyone: an assignee, a candidate user or a candidate group.</summary>
    public static bool HasRecipients(UserTaskView task) =>
        task.Assignee is not null || task.CandidateUserList.Count > 0 || task.CandidateGroupList.Count > 0;

    public async Task HandleAsync(TaskChange change, CancellationToken ct)
    {
        var task = change.Task;
        var name = string.IsNullOrWhiteSpace(task.Name) ? task.ElementId : task.Name;
        if (change.IsNew)
        {
            if (!HasRecipients(task))
            {
                return;
            }
            var to = new List<RecipientRef>();
            if (task.Assignee is { } assignee)
            {
                to.Add(RecipientRef.User(assignee));
            }
            to.AddRange(task.CandidateUserList.Select(RecipientRef.User));
            to.AddRange(task.CandidateGroupList.Select(RecipientRef.Group));
            await notifier.NotifyAsync(Request(task, to, $"Ny uppgift: {name}", NotificationTexts.NewTask(name, task.DueAt), CreatedKey(task.Id)), ct);
            return;
        }
        // A claim by someone who was told about the task already (a group member taking it) sends nothing.
        if (task.Status == UserTaskStatus.Open && task.Assignee is { } user && !await WasToldAsync(user, task.Id, ct))
        {
            await notifier.NotifyAsync(
                Request(task, [RecipientRef.User(user)], $"Uppgift tilldelad dig: {name}", NotificationTexts.AssignedTask(name, task.DueAt), $"task:{task.Id}:assigned:{user}"), ct);
        }
    }

    private static NotificationRequest Request(UserTaskView task, IReadOnlyCollection<RecipientRef> to, string title, string body, string dedupeKey) =>
        new(NotificationKind.TaskAssigned, to, title, body)
        {
            TaskId = task.Id,
            InstanceId = task.InstanceId,
            DedupeKey = dedupeKey,
        };

    private async Task<bool> WasToldAsync(string user, Guid taskId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Notifications.AnyAsync(n => n.UserId == user && n.TaskId == taskId, ct);
    }
}
