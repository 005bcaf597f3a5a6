namespace Samverkan.Host.Cases.Plans;

/// <summary>
/// Saves a plan version for each SIP task <see cref="PlanListener"/> queued, one at a time, and tells the case's
/// participants. First, at start-up, it saves the versions a stop lost (<see cref="PlanVersions.CatchUpAsync"/>).
/// </summary>
internal sealed class PlanRecorder(PlanListener listener, PlanVersions versions, PlanNotices notices, CasesLog log, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var saved in await versions.CatchUpAsync(clock.GetUtcNow(), stoppingToken))
            {
                await notices.TellAsync(saved, stoppingToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            log.PlanCatchUpFailed(e);
        }
        await foreach (var (task, variables) in listener.Completed.ReadAllAsync(stoppingToken))
        {
            try
            {
                if (await versions.RecordAsync(task, stoppingToken, variables) is { } saved)
                {
                    await notices.TellAsync(saved, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                log.PlanVersionFailed(e, task.Id);
            }
        }
    }
}
