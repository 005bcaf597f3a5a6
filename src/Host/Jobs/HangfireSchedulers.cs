using Hangfire;
using Samverkan.Workflows.Abstractions;

namespace Samverkan.Host.Jobs;

/// <summary>Gives every timer a delayed Hangfire job that carries only its id.</summary>
public sealed class HangfireTimerScheduler(IBackgroundJobClient jobs, TimeProvider clock) : ITimerScheduler
{
    public void Schedule(Guid timerId, DateTimeOffset dueAt)
    {
        if (dueAt <= clock.GetUtcNow())
        {
            jobs.Enqueue<EngineJobs>(j => j.FireTimerAsync(timerId, CancellationToken.None));
        }
        else
        {
            jobs.Schedule<EngineJobs>(j => j.FireTimerAsync(timerId, CancellationToken.None), HangfireTime.NotBefore(dueAt));
        }
    }
}

/// <summary>Runs service-task handler jobs on Hangfire's workers.</summary>
public sealed class HangfireJobScheduler(IBackgroundJobClient jobs, TimeProvider clock) : IJobScheduler
{
    public void Enqueue(Guid jobId, DateTimeOffset? notBefore)
    {
        if (notBefore is { } at && at > clock.GetUtcNow())
        {
            jobs.Schedule<EngineJobs>(j => j.RunHandlerJobAsync(jobId, CancellationToken.None), HangfireTime.NotBefore(at));
        }
        else
        {
            jobs.Enqueue<EngineJobs>(j => j.RunHandlerJobAsync(jobId, CancellationToken.None));
        }
    }
}

internal static class HangfireTime
{
    /// <summary>
    /// Hangfire keeps scheduled times in whole seconds and may move a job up to a second early; rounding up
    /// to the next whole second keeps a job from running before what it waits for is due.
    /// </summary>
    public static DateTimeOffset NotBefore(DateTimeOffset at)
    {
        var rest = at.UtcTicks % TimeSpan.TicksPerSecond;
        return rest == 0 ? at : at.AddTicks(TimeSpan.TicksPerSecond - rest);
    }
}
