using Samverkan.Workflows.Model;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>
    /// Parks a token at an asynchronous savepoint of <paramref name="node"/>: an element instance of the node that waits
    /// for a continuation job. The trigger commits here; the job moves the token on in a trigger of its own.
    /// </summary>
    public void Park(LoadedInstance instance, ElementInstance scope, FlowNode node, AsyncPark at, string? viaFlow)
    {
        var savepoint = instance.State.Add(node.Id, scope.Id, ElementState.Waiting);
        savepoint.Park = at;
        savepoint.ParkedVia = viaFlow;
        var where = at == AsyncPark.Before ? "before" : "after";
        var job = NewJob(instance, savepoint, node.Id, JobKind.Continuation, where, node.Async?.RetryCycle?.Attempts ?? _core.Options.JobRetries);
        savepoint.JobId = job.Id;
        History(instance, HistoryTypes.AsyncSavepoint, node.Id, savepoint.Id, where);
        EnqueueJob(job.Id, null);
    }

    /// <summary>The continuation job runs: the savepoint goes and the token goes on where it stopped.</summary>
    public void Resume(LoadedInstance instance, ElementInstance savepoint)
    {
        var scope = ParentOf(instance, savepoint)!;
        instance.State.Remove(savepoint);
        if (savepoint.Park == AsyncPark.Before)
        {
            instance.Process.Entry(savepoint.ElementId).Arrive(this, instance, scope, savepoint.ParkedVia);
        }
        else
        {
            TakeFlows(instance, scope, instance.Process.Entry(savepoint.ElementId).Outgoing);
        }
    }

    /// <summary>
    /// An exclusive savepoint parked earlier in the same instance that still waits for its job: while there is one,
    /// a later exclusive job does not run, so exclusive jobs of an instance run one at a time in the order they were
    /// parked (element instance ids grow with creation). Savepoints stopped by an incident do not hold the others up.
    /// </summary>
    public static ElementInstance? EarlierExclusive(LoadedInstance instance, ElementInstance savepoint) =>
        IsExclusive(instance, savepoint)
            ? instance.State.Elements.FirstOrDefault(e => e.Id < savepoint.Id && e.Park != AsyncPark.None
                && e.State == ElementState.Waiting && e.JobId is not null && IsExclusive(instance, e))
            : null;

    /// <summary>After a continuation: the next exclusive savepoint of the instance may run now, so its job is handed to the scheduler again.</summary>
    public void EnqueueNextExclusive(LoadedInstance instance)
    {
        if (instance.IsEnded)
        {
            return;
        }
        var next = instance.State.Elements.FirstOrDefault(e => e.Park != AsyncPark.None && e.State == ElementState.Waiting
            && e.JobId is not null && IsExclusive(instance, e));
        if (next?.JobId is Guid jobId && !Changes.NewJobs.Any(j => j.Id == jobId))
        {
            EnqueueJob(jobId, null);
        }
    }

    private static bool IsExclusive(LoadedInstance instance, ElementInstance savepoint) =>
        instance.Process.Entry(savepoint.ElementId).Node.Async?.Exclusive ?? true;
}
