using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Notifications.Recipients;
using Samverkan.Host.Persistence;
using Samverkan.Workflows.Execution.Records;

namespace Samverkan.Host.Notifications.Engine;

/// <summary>
/// Turns committed task changes into notifications: a new task tells its assignee, candidate users and the
/// members of its candidate groups; a task that is given to someone who has not heard of it yet tells them.
/// </summary>
internal sealed class TaskNotificationWorker(
    TaskNotificationListener listener,
    INotifier notifier,
    IDbContextFactory<HostDbContext> contexts,
    ILogger<TaskNotificationWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in listener.Changes.ReadAllAsync(stoppingToken))
        {
            try
            {
                await HandleAsync(change, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Notifying about task {TaskId} failed", change.Task.Id);
            }
        }
    }

    public async Task HandleAsync(TaskChange change, CancellationToken ct)
    {
        var task = change.Task;
        var name = string.IsNullOrWhiteSpace(task.Name) ? task.ElementId : task.Name;
        if (change.IsNew)
        {
            var to = new List<RecipientRef>();
            if (task.Assignee is { } assignee)
            {
                to.Add(RecipientRef.User(assignee));
            }
            to.AddRange(task.CandidateUserList.Select(RecipientRef.User));
            to.AddRange(task.CandidateGroupList.Select(RecipientRef.Group));
            if (to.Count > 0)
            {
                await notifier.NotifyAsync(Request(task, to, $"Ny uppgift: {name}", NotificationTexts.NewTask(name, task.DueAt), "created"), ct);
            }
            return;
        }
        // A claim by someone who was told about the task already (a group member taking it) sends nothing.
        if (task.Status == UserTaskStatus.Open && task.Assignee is { } user && !await WasToldAsync(user, task.Id, ct))
        {
            await notifier.NotifyAsync(
                Request(task, [RecipientRef.User(user)], $"Uppgift tilldelad dig: {name}", NotificationTexts.AssignedTask(name, task.DueAt), $"assigned:{user}"), ct);
        }
    }

    private static NotificationRequest Request(UserTaskRecord task, IReadOnlyCollection<RecipientRef> to, string title, string body, string what) =>
        new(NotificationKind.TaskAssigned, to, title, body)
        {
            TaskId = task.Id,
            InstanceId = task.InstanceId,
            DedupeKey = $"task:{task.Id}:{what}",
        };

    private async Task<bool> WasToldAsync(string user, Guid taskId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Notifications.AnyAsync(n => n.UserId == user && n.TaskId == taskId, ct);
    }
}
