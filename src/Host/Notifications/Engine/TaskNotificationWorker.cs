namespace Samverkan.Host.Notifications.Engine;

/// <summary>
/// Turns the task changes the engine committed into notifications (<see cref="TaskNotices"/>): one reader per lane
/// of <see cref="TaskNotificationListener"/>, each handling its changes one at a time.
/// </summary>
internal sealed class TaskNotificationWorker(
    TaskNotificationListener listener,
    TaskNotices notices,
    ILogger<TaskNotificationWorker> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(listener.Changes.Select(lane => Task.Run(() => DrainAsync(lane, stoppingToken), stoppingToken)));

    private async Task DrainAsync(System.Threading.Channels.ChannelReader<TaskChange> lane, CancellationToken stoppingToken)
    {
        await foreach (var change in lane.ReadAllAsync(stoppingToken))
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
