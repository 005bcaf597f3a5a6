using Microsoft.Extensions.Options;
using Samverkan.Host.Hosting;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Jobs;

/// <summary>
/// The safety net behind Hangfire's delayed jobs: every few seconds, fire every timer that is due and run every
/// handler job that is due. Hangfire's in-memory storage forgets its jobs at a restart; the database does not,
/// so nothing due is lost, and the engine fires each timer at most once however often it is asked. On PostgreSQL the
/// timers are <see cref="TimerPoller"/>'s, and the sweep runs the handler jobs only.
/// </summary>
public sealed class DueWorkSweep(
    ProcessEngine engine, IOptions<SamverkanOptions> options, ILogger<DueWorkSweep> log, TimerPollerStatus? poller = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Scheduling.SweepInterval);
        do
        {
            try
            {
                await SweepOnceAsync(engine, log, stoppingToken, withTimers: poller is null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "The due-work sweep failed; it runs again in {Interval}", options.Value.Scheduling.SweepInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Fires and runs everything due (without <paramref name="withTimers"/>, the jobs only), in batches, until nothing is left.</summary>
    public static async Task<(int Timers, int Jobs)> SweepOnceAsync(ProcessEngine engine, ILogger log, CancellationToken ct, bool withTimers = true)
    {
        const int batch = 100;
        int timers = 0, jobs = 0, firedNow, ranNow;
        do
        {
            firedNow = withTimers ? await engine.FireDueTimersAsync(batch, ct) : 0;
            ranNow = await engine.RunDueJobsAsync(batch, ct);
            timers += firedNow;
            jobs += ranNow;
        }
        while (firedNow == batch || ranNow == batch);
        if (timers + jobs > 0)
        {
            log.LogInformation("Sweep fired {TimerCount} due timers and ran {JobCount} due jobs", timers, jobs);
        }
        return (timers, jobs);
    }
}
