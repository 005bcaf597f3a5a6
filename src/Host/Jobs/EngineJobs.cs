using Hangfire;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Jobs;

/// <summary>
/// The Hangfire jobs. Each carries only an id; the database is the truth, so a job that runs late,
/// twice, or for a timer that already fired does nothing.
/// </summary>
public sealed class EngineJobs(ProcessEngine engine, IBackgroundJobClient jobs, TimeProvider clock, ILogger<EngineJobs> log)
{
    // The engine keeps its own retry count and incident for handler jobs; Hangfire must not retry on top.
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Fire timer {0}")]
    public async Task FireTimerAsync(Guid timerId, CancellationToken ct)
    {
        if (await engine.FireTimerAsync(timerId, ct))
        {
            return;
        }
        // Woken early (clock skew, a rounded schedule): wait again rather than leave the timer to the sweep.
        if (await engine.GetTimerAsync(timerId, ct) is { Status: TimerStatus.Pending } timer && timer.DueAt > clock.GetUtcNow())
        {
            jobs.Schedule<EngineJobs>(j => j.FireTimerAsync(timerId, CancellationToken.None), HangfireTime.NotBefore(timer.DueAt));
            return;
        }
        log.LogDebug("Timer {TimerId} was not pending; nothing to fire", timerId);
    }

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Run service task job {0}")]
    public async Task RunHandlerJobAsync(Guid jobId, CancellationToken ct)
    {
        if (!await engine.ExecuteJobAsync(jobId, ct))
        {
            log.LogDebug("Job {JobId} was not pending and due; nothing to run", jobId);
        }
    }
}
