using Microsoft.Extensions.Logging;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Execution;

public sealed partial class ProcessEngine
{
    /// <summary>
    /// Runs a continuation job: the token parked at an asynchronous savepoint goes on in one trigger, to its next
    /// wait state. If that work fails the way a synchronous trigger would raise an incident, nothing of it is
    /// committed; the job records the failure instead and is retried per the node's retry cycle, or opens an
    /// incident on the savepoint when no attempts are left.
    /// </summary>
    private async Task<bool> ContinueAsync(JobRecord job, CancellationToken ct)
    {
        string failure;
        try
        {
            return await TriggerAsync(async executor =>
            {
                if (await LoadSavepointAsync(executor, job, ct) is not ({ } instance, { } fresh, { } savepoint)
                    || Executor.EarlierExclusive(instance, savepoint) is not null)
                {
                    return false;
                }
                FinishJob(executor, fresh, instance, savepoint);
                executor.Resume(instance, savepoint);
                await executor.RunAsync(ct);
                if (executor.Changes.NewIncidents.FirstOrDefault() is { } incident)
                {
                    throw new ContinuationFailedException($"{incident.ElementId}: {incident.Type}: {incident.Message}");
                }
                executor.EnqueueNextExclusive(instance);
                return true;
            }, ct);
        }
        catch (Exception e) when (e is ContinuationFailedException or ExpressionException or VariableException or BusinessRuleException
            or EngineException { Kind: not EngineErrorKind.NotFound })
        {
            failure = e.Message;
            _core.Logger.LogWarning("Continuation job {JobId} at {ElementId} failed: {Message}", job.Id, job.ElementId, e.Message);
        }
        return await TriggerAsync(async executor =>
        {
            if (await LoadSavepointAsync(executor, job, ct) is not ({ } instance, { } fresh, { } savepoint))
            {
                return false;
            }
            fresh.Retries = Math.Max(0, fresh.Retries - 1);
            Failed(executor, fresh, instance, savepoint, failure, executor.Now + RetryWait(instance, fresh));
            return true;
        }, ct);
    }

    /// <summary>The job, its instance and its savepoint when the job is still due to run; else null (ran already, cancelled, not yet due).</summary>
    private async Task<Parked?> LoadSavepointAsync(Executor executor, JobRecord job, CancellationToken ct)
    {
        var (instance, fresh) = await LoadOwnerThenReadAsync(executor, job.InstanceId, () => _core.Store.GetJobAsync(job.Id, ct), ct);
        if (fresh is null || fresh.Status != JobStatus.Pending || fresh.NotBefore > executor.Now || instance.IsEnded)
        {
            return null;
        }
        return instance.State.Find(fresh.ElementInstanceId) is { Park: not AsyncPark.None } savepoint && savepoint.JobId == fresh.Id
            ? new Parked(instance, fresh, savepoint)
            : null;
    }

    /// <summary>The wait after a job's latest failure: its node's camunda:failedJobRetryTimeCycle, else the engine's linear back-off.</summary>
    private TimeSpan RetryWait(LoadedInstance instance, JobRecord job)
    {
        var cycle = instance.Process.TryGetBehavior(job.ElementId, out var behavior) ? behavior.Node.Async?.RetryCycle : null;
        var failures = Math.Max(1, (cycle?.Attempts ?? _core.Options.JobRetries) - job.Retries);
        return cycle?.WaitAfter(failures) ?? _core.Options.JobRetryDelay * failures;
    }

    private sealed record Parked(LoadedInstance Instance, JobRecord Job, ElementInstance Savepoint);

    /// <summary>The continued work raised an incident; its trigger is thrown away and the job fails instead.</summary>
    private sealed class ContinuationFailedException(string message) : Exception(message);
}
