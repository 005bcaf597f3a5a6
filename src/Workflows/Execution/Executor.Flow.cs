using Samverkan.Workflows.Execution.Behaviors;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>Starts an instance created by <see cref="Create"/> at the given start event.</summary>
    public void Start(LoadedInstance instance, StartEvent start)
    {
        var root = instance.State.Root;
        History(instance, HistoryTypes.InstanceStarted, instance.Process.Model.Id, root.Id,
            instance.Record.BusinessKey is { } key ? $"businessKey={key}" : null);
        SubscribeEventSubprocesses(instance, root, instance.Process.Model.Id);
        Arrive(instance, root, start.Id, viaFlow: null);
    }

    /// <summary>A token arrives at a node inside a scope; the node's entry behaviour decides what it becomes (a join counts it).</summary>
    public void Arrive(LoadedInstance instance, ElementInstance scope, string nodeId, string? viaFlow)
    {
        var entry = instance.Process.Entry(nodeId);
        if (entry.Node.Async is { Before: true })
        {
            Park(instance, scope, entry.Node, AsyncPark.Before, viaFlow);
            return;
        }
        entry.Arrive(this, instance, scope, viaFlow);
    }

    /// <summary>A new element instance of the node inside the scope, recorded as entered.</summary>
    public ElementInstance Enter(LoadedInstance instance, ElementInstance scope, string nodeId, ElementState state = ElementState.Waiting, bool isScope = false) =>
        Entered(instance, instance.State.Add(nodeId, scope.Id, state, isScope));

    private ElementInstance Entered(LoadedInstance instance, ElementInstance element)
    {
        if (_core.Options.RecordElementHistory)
        {
            History(instance, HistoryTypes.ElementEntered, element.ElementId, element.Id);
        }
        return element;
    }

    /// <summary>The element completes: inner multi-instances report to their body, everything else takes its outgoing flows.</summary>
    public void Leave(LoadedInstance instance, ElementInstance element)
    {
        var parent = ParentOf(instance, element);
        var behavior = instance.Process.BehaviorOf(element);
        var inner = parent is { IsMultiInstanceBody: true } && !element.IsMultiInstanceBody;
        if (!element.LeaveNotified && HasLeaveListeners(behavior, element, takesFlows: !inner))
        {
            Enqueue(OpKind.NotifyLeave, instance, element);
            return;
        }
        if (!TryApplyOutputs(instance, element, parent, behavior))
        {
            return;
        }
        RememberCompletion(instance, element, parent);
        Complete(instance, element);
        if (parent is null)
        {
            return;
        }
        if (inner)
        {
            parent.Completed++;
            Enqueue(OpKind.CheckMultiInstance, instance, parent);
            return;
        }
        if (behavior.Node.Async is { After: true })
        {
            Park(instance, parent, behavior.Node, AsyncPark.After, viaFlow: null);
            return;
        }
        TakeFlows(instance, parent, behavior.Outgoing);
    }

    /// <summary>A token on each flow; with none the token ends here and its scope may be done.</summary>
    public void TakeFlows(LoadedInstance instance, ElementInstance scope, IReadOnlyList<SequenceFlow> flows)
    {
        for (var i = 0; i < flows.Count; i++)
        {
            Arrive(instance, scope, flows[i].TargetId, flows[i].Id);
        }
        if (flows.Count == 0)
        {
            Enqueue(OpKind.CheckScope, instance, scope);
        }
    }

    /// <summary>Removes a finished element instance with everything it owned; its parent scope may then be done.</summary>
    public void Complete(LoadedInstance instance, ElementInstance element)
    {
        if (_core.Options.RecordElementHistory)
        {
            History(instance, HistoryTypes.ElementCompleted, element.ElementId, element.Id);
        }
        Release(instance, element);
        instance.State.Remove(element);
    }

    /// <summary>Stops an element instance and everything below it, cancelling its tasks, jobs, timers and called instances.</summary>
    public void Terminate(LoadedInstance instance, ElementInstance element)
    {
        foreach (var child in instance.State.ChildrenOf(element.Id).ToArray())
        {
            Terminate(instance, child);
        }
        if (_core.Options.RecordElementHistory || element.ParentId is null)
        {
            History(instance, HistoryTypes.ElementTerminated, element.ElementId, element.Id);
        }
        Release(instance, element);
        if (element.TaskId is Guid taskId)
        {
            Changes.CancelledTasks.Add((taskId, Now));
        }
        if (element.JobId is Guid jobId)
        {
            Changes.CancelledJobs.Add(jobId);
        }
        if (element.ChildInstanceId is Guid childId)
        {
            _childrenToCancel.Add(childId);
        }
        instance.State.Remove(element);
    }

    /// <summary>Drops the element instance's subscriptions, timers and open incident.</summary>
    private void Release(LoadedInstance instance, ElementInstance element)
    {
        if (element.Waits is { } waits)
        {
            DropWaits(waits);
            element.Waits = null;
        }
        if (element.IncidentId is Guid incidentId)
        {
            ResolveIncident(instance, element, incidentId);
        }
    }

    public void DropWaits(IEnumerable<WaitRef> waits)
    {
        foreach (var wait in waits.Where(w => !w.IsCondition))
        {
            (wait.IsTimer ? Changes.CancelledTimers : Changes.DeletedSubscriptions).Add(wait.Id);
        }
    }

    /// <summary>A scope with no tokens left completes; one with tokens may let a waiting join fire (an inclusive one).</summary>
    private async Task CheckScopeAsync(LoadedInstance instance, ElementInstance scope, CancellationToken ct)
    {
        if (instance.State.HasChildren(scope.Id))
        {
            foreach (var child in instance.State.ChildrenOf(scope.Id).ToArray())
            {
                // Only joins count arrivals; the others need not be asked.
                if (child.Arrivals is not null)
                {
                    instance.Process.BehaviorOf(child).TokenEnded(new BehaviorContext(this, instance, child));
                }
            }
            return;
        }
        if (scope.CompensationQueue is not null)
        {
            ContinueCompensation(instance, scope);
            return;
        }
        if (scope.ParentId is null)
        {
            await CompleteInstanceAsync(instance, ct);
            return;
        }
        instance.Process.BehaviorOf(scope).ScopeCompleted(new BehaviorContext(this, instance, scope));
    }

    private async Task CompleteInstanceAsync(LoadedInstance instance, CancellationToken ct)
    {
        var variables = instance.State.Root.Variables ?? new Dictionary<string, object?>();
        EndInstance(instance, InstanceStatus.Completed, null);
        if (instance.Record.ParentInstanceId is Guid parentId && instance.Record.ParentElementInstanceId is long callId)
        {
            var parent = await LoadAsync(parentId, ct);
            if (!parent.IsEnded && parent.State.Find(callId) is { } call)
            {
                var behavior = (CallActivityBehavior)parent.Process.BehaviorOf(call);
                behavior.CalledInstanceCompleted(new BehaviorContext(this, parent, call), variables);
            }
        }
    }

    /// <summary>Ends the whole instance: every token is terminated and the row gets its final status.</summary>
    public void EndInstance(LoadedInstance instance, InstanceStatus status, string? reason)
    {
        var root = instance.State.Root;
        foreach (var child in instance.State.ChildrenOf(root.Id).ToArray())
        {
            Terminate(instance, child);
        }
        Release(instance, root);
        instance.State.FinalVariables = root.Variables;
        instance.State.Remove(root);
        instance.Record.Status = status;
        instance.Record.EndedAt = Now;
        instance.Record.EndReason = reason;
        _ended.Add((instance.Process.Key, status));
        History(instance, status == InstanceStatus.Completed ? HistoryTypes.InstanceCompleted : HistoryTypes.InstanceCancelled,
            instance.Process.Model.Id, root.Id, reason);
    }
}
