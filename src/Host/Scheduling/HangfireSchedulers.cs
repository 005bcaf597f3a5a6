using Hangfire;
using Samverkan.Workflows.Abstractions;

namespace Samverkan.Host.Scheduling;

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
            jobs.Schedule<EngineJobs>(j => j.FireTimerAsync(timerId, CancellationToken.None), dueAt);
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
            jobs.Schedule<EngineJobs>(j => j.RunHandlerJobAsync(jobId, CancellationToken.None), at);
        }
        else
        {
            jobs.Enqueue<EngineJobs>(j => j.RunHandlerJobAsync(jobId, CancellationToken.None));
        }
    }
}
