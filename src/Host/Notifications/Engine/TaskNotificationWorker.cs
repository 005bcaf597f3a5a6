namespace Samverkan.Host.Notifications.Engine;

/// <summary>Turns the task changes the engine committed into notifications (<see cref="TaskNotices"/>), one at a time.</summary>
internal sealed class TaskNotificationWorker(
    TaskNotificationListener listener,
    TaskNotices notices,
    ILogger<TaskNotificationWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in listener.Changes.ReadAllAsync(stoppingToken))
        {
            try
            {
                await notices.HandleAsync(change, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The start-up catch-up (TaskNoticeCatchUp) sends a missed new-task notice at the next start.
                log.LogError(e, "Notifying about task {TaskId} failed", change.Task.Id);
            }
        }
    }
}
