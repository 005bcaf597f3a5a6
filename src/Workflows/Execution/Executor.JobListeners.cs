using Samverkan.Workflows.Model;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>
    /// Camunda 8 execution listeners: before the element starts (or ends), each zeebe:executionListener in turn becomes an
    /// external-task job of its type, and the element waits until a worker completes it. True when the element now waits.
    /// </summary>
    public bool AwaitJobListener(LoadedInstance instance, ElementInstance element, FlowNode node, ListenerEvent at)
    {
        var done = at == ListenerEvent.Start ? element.StartJobsDone : element.EndJobsDone;
        var listener = node.Listeners.Where(l => l.Event == at && l.JobType is not null).Skip(done).FirstOrDefault();
        if (listener is null)
        {
            return false;
        }
        var job = NewJob(instance, element, node.Id, JobKind.External, listener.JobType!, listener.Retries);
        element.JobId = job.Id;
        element.AwaitingListener = at;
        element.State = ElementState.Waiting;
        return true;
    }

    /// <summary>A worker completed a listener job: count it and go on where the element stopped (start it, or let it leave).</summary>
    public void ListenerJobCompleted(LoadedInstance instance, ElementInstance element)
    {
        var at = element.AwaitingListener;
        element.AwaitingListener = null;
        if (at == ListenerEvent.Start)
        {
            element.StartJobsDone++;
            Enqueue(OpKind.Execute, instance, element);
        }
        else
        {
            element.EndJobsDone++;
            Enqueue(OpKind.NotifyLeave, instance, element);
        }
    }
}
