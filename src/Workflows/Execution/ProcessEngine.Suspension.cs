using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Execution;

/// <summary>
/// Suspension: an operator stops an instance where it stands. Its timers keep their due time but do not fire, its jobs are
/// neither locked nor run, its tasks cannot be claimed or completed, messages to it are refused and signals pass it by.
/// Instances it started through call activities are suspended and resumed with it.
/// </summary>
public sealed partial class ProcessEngine
{
    /// <summary>Suspends a running instance (and the instances its call activities started), with a reason.</summary>
    public Task SuspendAsync(Guid instanceId, string reason, string user, CancellationToken ct = default)
    {
        var why = RequireReason(reason, "Suspending an instance");
        return TriggerAsync(async executor =>
        {
            var instance = await LoadRunningAsync(executor, instanceId, ct);
            if (instance.State.Suspended)
            {
                throw EngineException.Conflict($"Instance {instanceId} is already suspended.");
            }
            await SetSuspendedAsync(executor, instance, true, Detail(why, user), ct);
        }, ct);
    }

    /// <summary>Resumes a suspended instance: timers that fell due meanwhile fire, jobs run, tasks can be completed again.</summary>
    public Task ResumeAsync(Guid instanceId, string reason, string user, CancellationToken ct = default)
    {
        var why = RequireReason(reason, "Resuming an instance");
        return TriggerAsync(async executor =>
        {
            var instance = await LoadRunningAsync(executor, instanceId, ct);
            if (!instance.State.Suspended)
            {
                throw EngineException.Conflict($"Instance {instanceId} is not suspended.");
            }
            await SetSuspendedAsync(executor, instance, false, Detail(why, user), ct);
        }, ct);
    }

    private async Task SetSuspendedAsync(Executor executor, LoadedInstance instance, bool suspend, string detail, CancellationToken ct)
    {
        instance.State.Suspended = suspend;
        var (from, to) = suspend ? (TimerStatus.Pending, TimerStatus.Suspended) : (TimerStatus.Suspended, TimerStatus.Pending);
        var (jobFrom, jobTo) = suspend ? (JobStatus.Pending, JobStatus.Suspended) : (JobStatus.Suspended, JobStatus.Pending);
        foreach (var element in instance.State.Elements.ToArray())
        {
            foreach (var wait in element.Waits?.Where(w => w.IsTimer) ?? [])
            {
                if (await _core.Store.GetTimerAsync(wait.Id, ct) is { } timer && timer.Status == from)
                {
                    timer.Status = to;
                    executor.Changes.ChangedTimers.Add(timer);
                    if (!suspend)
                    {
                        executor.ScheduleTimer(timer.Id, timer.DueAt);
                    }
                }
            }
            if (!suspend)
            {
                // A condition that came true while the instance stood still is looked at again now.
                executor.ReopenConditions(element);
            }
            if (element.JobId is Guid jobId && await _core.Store.GetJobAsync(jobId, ct) is { } job && job.Status == jobFrom)
            {
                job.Status = jobTo;
                job.LockedBy = null;
                job.LockedUntil = null;
                executor.Changes.ChangedJobs.Add(job);
                if (!suspend && job.Kind != JobKind.External)
                {
                    executor.EnqueueJob(job.Id, job.NotBefore);
                }
            }
            if (element.ChildInstanceId is Guid childId)
            {
                var child = await executor.LoadAsync(childId, ct);
                if (!child.IsEnded && child.State.Suspended != suspend)
                {
                    await SetSuspendedAsync(executor, child, suspend, detail, ct);
                }
            }
        }
        executor.History(instance, suspend ? HistoryTypes.InstanceSuspended : HistoryTypes.InstanceResumed, instance.Process.Model.Id, instance.State.Root.Id, detail);
    }

    /// <summary>Loads an instance an operator acts on; an ended one is refused.</summary>
    private static async Task<LoadedInstance> LoadRunningAsync(Executor executor, Guid instanceId, CancellationToken ct)
    {
        var instance = await executor.LoadAsync(instanceId, ct);
        if (instance.IsEnded)
        {
            throw EngineException.Conflict($"Instance {instanceId} has already ended ({instance.Record.Status}).");
        }
        return instance;
    }

    /// <summary>Refuses a command on a suspended instance, saying what to do.</summary>
    private static void EnsureNotSuspended(LoadedInstance instance, string what)
    {
        if (instance.State.Suspended)
        {
            throw new InstanceSuspendedException(instance.Id, $"Instance {instance.Id} is suspended: {what} until it is resumed.");
        }
    }

    private static string RequireReason(string? reason, string what) =>
        string.IsNullOrWhiteSpace(reason) ? throw EngineException.Invalid($"{what} needs a reason.") : reason.Trim();

    /// <summary>A history detail of an operator's action: the reason and who.</summary>
    private static string Detail(string reason, string user) => string.IsNullOrWhiteSpace(user) ? reason : $"{reason} (by {user})";
}
