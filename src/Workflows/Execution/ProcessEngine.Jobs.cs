using Microsoft.Extensions.Logging;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Execution;

public sealed partial class ProcessEngine
{
    /// <summary>Locks up to <paramref name="max"/> external tasks on the topics for <paramref name="workerId"/>.</summary>
    public async Task<IReadOnlyList<LockedJob>> FetchAndLockAsync(string workerId, IReadOnlyCollection<string> topics, int max, TimeSpan lockDuration, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(workerId) || topics.Count == 0 || max <= 0 || lockDuration <= TimeSpan.Zero)
        {
            throw EngineException.Invalid("Fetch-and-lock needs a worker id, at least one topic, a positive max and a positive lock duration.");
        }
        var locked = new List<LockedJob>();
        foreach (var candidate in await _core.Store.FindLockableJobsAsync(topics, _core.Clock.GetUtcNow(), max, ct))
        {
            try
            {
                var job = await TriggerAsync(async executor =>
                {
                    var (instance, job) = await LoadOwnerThenReadAsync(executor, candidate.InstanceId, () => _core.Store.GetJobAsync(candidate.Id, ct), ct);
                    if (job is null || job.Status != JobStatus.Pending || job.LockedUntil > executor.Now || job.NotBefore > executor.Now)
                    {
                        return null;
                    }
                    if (instance.State.Find(job.ElementInstanceId) is not { } element)
                    {
                        return null;
                    }
                    job.LockedBy = workerId;
                    job.LockedUntil = executor.Now + lockDuration;
                    executor.Changes.ChangedJobs.Add(job);
                    return new LockedJob(job.Id, job.Target, instance.Id, instance.Record.BusinessKey, job.ElementId, job.Retries, job.LockedUntil.Value,
                        new VariableView(instance.State, element, executor.Now).Flatten());
                }, ct);
                if (job is not null)
                {
                    locked.Add(job);
                }
            }
            catch (EngineException)
            {
                // Taken or ended meanwhile: skip it.
            }
        }
        return locked;
    }

    public Task CompleteExternalTaskAsync(Guid jobId, string workerId, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken ct = default)
    {
        var prepared = VariableValues.Prepare(variables);
        return TriggerAsync(async executor =>
        {
            var (job, instance, element) = await LoadLockedJobAsync(executor, jobId, workerId, ct);
            await CheckInputAsync(instance.Record, prepared, ct);
            FinishJob(executor, job, instance, element);
            executor.SetResults(instance, element, prepared);
            if (element.AwaitingListener is not null)
            {
                executor.ListenerJobCompleted(instance, element);
                return;
            }
            executor.Enqueue(OpKind.Leave, instance, element);
        }, ct);
    }

    /// <summary>The worker failed; with retries left the task is offered again after <paramref name="retryAfter"/>, else an incident.</summary>
    public Task FailExternalTaskAsync(Guid jobId, string workerId, string message, int retries, TimeSpan retryAfter, CancellationToken ct = default) =>
        TriggerAsync(async executor =>
        {
            var (job, instance, element) = await LoadLockedJobAsync(executor, jobId, workerId, ct);
            job.Retries = Math.Max(0, retries);
            Failed(executor, job, instance, element, message, executor.Now + retryAfter);
        }, ct);

    public Task ThrowExternalTaskErrorAsync(Guid jobId, string workerId, string errorCode, string? message = null, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken ct = default)
    {
        var prepared = VariableValues.Prepare(variables);
        return TriggerAsync(async executor =>
        {
            var (job, instance, element) = await LoadLockedJobAsync(executor, jobId, workerId, ct);
            await CheckInputAsync(instance.Record, prepared, ct);
            FinishJob(executor, job, instance, element);
            executor.SetVariables(instance, element, prepared);
            await executor.ThrowErrorFromActivityAsync(instance, element, errorCode, message, ct);
        }, ct);
    }

    private async Task<(JobRecord, LoadedInstance, ElementInstance)> LoadLockedJobAsync(Executor executor, Guid jobId, string workerId, CancellationToken ct)
    {
        var first = await _core.Store.GetJobAsync(jobId, ct) ?? throw EngineException.NotFound($"No external task {jobId}.");
        var (instance, job) = await LoadOwnerThenReadAsync(executor, first.InstanceId, () => _core.Store.GetJobAsync(jobId, ct), ct);
        if (job is null)
        {
            throw EngineException.NotFound($"No external task {jobId}.");
        }
        EnsureNotSuspended(instance, "its external tasks cannot be completed or failed");
        if (job.Kind != JobKind.External || job.Status != JobStatus.Pending)
        {
            throw EngineException.Conflict($"External task {jobId} is {job.Status.ToString().ToLowerInvariant()}.");
        }
        if (job.LockedBy != workerId || job.LockedUntil < executor.Now)
        {
            throw EngineException.Conflict($"External task {jobId} is not locked by worker '{workerId}' (or the lock expired).");
        }
        var element = instance.State.Find(job.ElementInstanceId)
            ?? throw EngineException.Conflict($"External task {jobId} no longer belongs to a running step.");
        return (job, instance, element);
    }

    /// <summary>Runs every handler and continuation job that is due (the sweep's job half); returns how many ran.</summary>
    public async Task<int> RunDueJobsAsync(int max = 100, CancellationToken ct = default)
    {
        var ran = 0;
        foreach (var job in await _core.Store.FindRunnableHandlerJobsAsync(_core.Clock.GetUtcNow(), max, ct))
        {
            if (await ExecuteJobAsync(job.Id, ct))
            {
                ran++;
            }
        }
        return ran;
    }

    /// <summary>
    /// Runs handler job <paramref name="jobId"/> outside any transaction, then applies its result in one; a continuation
    /// job (an asynchronous savepoint) moves its token on in one trigger.
    /// Safe to call twice: only one result is applied. Handlers should be idempotent.
    /// </summary>
    public async Task<bool> ExecuteJobAsync(Guid jobId, CancellationToken ct = default)
    {
        var now = _core.Clock.GetUtcNow();
        var job = await _core.Store.GetJobAsync(jobId, ct);
        if (job is { Kind: JobKind.Continuation, Status: JobStatus.Pending })
        {
            return job.NotBefore <= now || job.NotBefore is null ? await ContinueAsync(job, ct) : false;
        }
        if (job is null || job.Kind != JobKind.Handler || job.Status != JobStatus.Pending || job.NotBefore > now)
        {
            return false;
        }
        var record = await _core.Store.GetInstanceAsync(job.InstanceId, ct);
        var state = record is null ? null : InstanceState.Deserialize(record.State);
        if (state?.Find(job.ElementInstanceId) is not { } element || !_core.Handlers.TryGetValue(job.Target, out var handler))
        {
            return false;
        }
        IReadOnlyDictionary<string, object?>? output = null;
        Exception? failure = null;
        try
        {
            var context = new ServiceTaskContext(job.InstanceId, record!.BusinessKey, job.ElementId, job.Id, new VariableView(state, element, now).Flatten());
            output = await handler.ExecuteAsync(context, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = e;
            _core.Logger.LogWarning(e, "Handler {Handler} failed for job {JobId}", job.Target, job.Id);
        }
        Dictionary<string, object?> prepared;
        try
        {
            prepared = VariableValues.Prepare(output);
        }
        catch (VariableException e)
        {
            failure ??= e;
            prepared = [];
        }
        return await TriggerAsync(async executor =>
        {
            var (instance, fresh) = await LoadOwnerThenReadAsync(executor, job.InstanceId, () => _core.Store.GetJobAsync(jobId, ct), ct);
            if (fresh is null || fresh.Status != JobStatus.Pending)
            {
                return false;
            }
            if (instance.State.Find(fresh.ElementInstanceId) is not { } live)
            {
                return false;
            }
            switch (failure)
            {
                case null:
                    FinishJob(executor, fresh, instance, live);
                    executor.SetResults(instance, live, prepared);
                    executor.Enqueue(OpKind.Leave, instance, live);
                    break;
                case BpmnErrorException error:
                    FinishJob(executor, fresh, instance, live);
                    await executor.ThrowErrorFromActivityAsync(instance, live, error.ErrorCode, error.Message, ct);
                    break;
                default:
                    fresh.Retries = Math.Max(0, fresh.Retries - 1);
                    Failed(executor, fresh, instance, live, failure.Message, executor.Now + RetryWait(instance, fresh));
                    break;
            }
            return true;
        }, ct);
    }

    private static void FinishJob(Executor executor, JobRecord job, LoadedInstance instance, ElementInstance element)
    {
        job.Status = JobStatus.Completed;
        job.LockedBy = null;
        job.LockedUntil = null;
        executor.Changes.ChangedJobs.Add(job);
        element.JobId = null;
    }

    private static void Failed(Executor executor, JobRecord job, LoadedInstance instance, ElementInstance element, string message, DateTimeOffset retryAt)
    {
        job.LastError = message;
        job.LockedBy = null;
        job.LockedUntil = null;
        executor.Changes.History.Add(new HistoryRecord { InstanceId = instance.Id, At = executor.Now, Type = HistoryTypes.JobFailed, ElementId = job.ElementId, ElementInstanceId = element.Id, Detail = $"{job.Retries} retries left: {message}" });
        if (job.Retries <= 0)
        {
            job.Status = JobStatus.Failed;
            executor.RaiseIncident(instance, element, IncidentTypes.JobFailed, message, OpKind.Execute, job.Id);
        }
        else
        {
            job.NotBefore = retryAt;
            if (job.Kind != JobKind.External)
            {
                executor.EnqueueJob(job.Id, retryAt);
            }
        }
        executor.Changes.ChangedJobs.Add(job);
    }

    /// <summary>Resolves an incident and runs the failed step again (a failed job gets one more attempt).</summary>
    public Task RetryIncidentAsync(Guid incidentId, CancellationToken ct = default) =>
        TriggerAsync(async executor =>
        {
            var incident = await _core.Store.GetIncidentAsync(incidentId, ct) ?? throw EngineException.NotFound($"No incident {incidentId}.");
            if (incident.ResolvedAt is not null)
            {
                throw EngineException.Conflict($"Incident {incidentId} is already resolved.");
            }
            var instance = await executor.LoadAsync(incident.InstanceId, ct);
            EnsureNotSuspended(instance, "its incidents cannot be retried");
            if (instance.IsEnded || instance.State.Find(incident.ElementInstanceId) is not { } element || element.IncidentId != incidentId)
            {
                throw EngineException.Conflict($"Incident {incidentId} no longer belongs to a running step.");
            }
            if (incident.JobId is Guid jobId && await _core.Store.GetJobAsync(jobId, ct) is { } job)
            {
                job.Status = JobStatus.Pending;
                job.Retries = Math.Max(1, job.Retries);
                job.NotBefore = null;
                executor.Changes.ChangedJobs.Add(job);
                element.JobId = job.Id;
                executor.Resolve(instance, element);
                if (job.Kind != JobKind.External)
                {
                    executor.EnqueueJob(job.Id, null);
                }
                return;
            }
            executor.Retry(instance, element);
        }, ct);

    public async Task<IReadOnlyList<IncidentView>> GetIncidentsAsync(Guid? instanceId = null, bool openOnly = true, CancellationToken ct = default) =>
        (await _core.Store.FindIncidentsAsync(instanceId, openOnly, ct)).Map(RecordViews.ToView);
}
