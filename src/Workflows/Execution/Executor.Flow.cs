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
        Arrive(instance, root, start, viaFlow: null);
    }

    /// <summary>A token arrives at a node inside a scope: joins collect it, anything else gets an element instance.</summary>
    private void Arrive(LoadedInstance instance, ElementInstance scope, FlowNode node, string? viaFlow)
    {
        if (node is Gateway { GatewayKind: GatewayKind.Parallel or GatewayKind.Inclusive } gateway && gateway.Incoming.Count > 1)
        {
            var join = instance.State.ChildrenOf(scope.Id).FirstOrDefault(e => e.ElementId == node.Id)
                ?? Entered(instance, instance.State.Add(node.Id, scope.Id, ElementState.Waiting));
            join.Arrivals ??= [];
            var flow = viaFlow ?? "";
            join.Arrivals[flow] = join.Arrivals.GetValueOrDefault(flow) + 1;
            Enqueue(OpKind.Join, instance, join);
            return;
        }

        var element = Entered(instance, instance.State.Add(node.Id, scope.Id, ElementState.Waiting));
        if (node is Activity { MultiInstance: not null })
        {
            element.IsScope = true;
            element.IsMultiInstanceBody = true;
            element.State = ElementState.Active;
        }
        Enqueue(OpKind.Execute, instance, element);
    }

    private ElementInstance Entered(LoadedInstance instance, ElementInstance element)
    {
        if (_core.Options.RecordElementHistory)
        {
            History(instance, HistoryTypes.ElementEntered, element.ElementId, element.Id);
        }
        return element;
    }

    /// <summary>The element completes: inner multi-instances report to their body, everything else takes its outgoing flows.</summary>
    private void Leave(LoadedInstance instance, ElementInstance element)
    {
        var parent = ParentOf(instance, element);
        var node = NodeOf(instance, element);
        Complete(instance, element);
        if (parent is null)
        {
            return;
        }
        if (parent.IsMultiInstanceBody && !element.IsMultiInstanceBody)
        {
            parent.Completed++;
            Enqueue(OpKind.CheckMultiInstance, instance, parent);
            return;
        }
        TakeFlows(instance, parent, node.Outgoing.Select(instance.Process.Model.Flow));
    }

    private void TakeFlows(LoadedInstance instance, ElementInstance scope, IEnumerable<SequenceFlow> flows)
    {
        var any = false;
        foreach (var flow in flows)
        {
            any = true;
            Arrive(instance, scope, instance.Process.Model.Node(flow.TargetId), flow.Id);
        }
        if (!any)
        {
            Enqueue(OpKind.CheckScope, instance, scope);
        }
    }

    /// <summary>Removes a finished element instance with everything it owned; its parent scope may then be done.</summary>
    private void Complete(LoadedInstance instance, ElementInstance element)
    {
        if (_core.Options.RecordElementHistory)
        {
            History(instance, HistoryTypes.ElementCompleted, element.ElementId, element.Id);
        }
        Release(instance, element);
        instance.State.Remove(element);
    }

    /// <summary>Stops an element instance and everything below it, cancelling its tasks, jobs, timers and called instances.</summary>
    private void Terminate(LoadedInstance instance, ElementInstance element)
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

    private void DropWaits(IEnumerable<WaitRef> waits)
    {
        foreach (var wait in waits)
        {
            (wait.IsTimer ? Changes.CancelledTimers : Changes.DeletedSubscriptions).Add(wait.Id);
        }
    }

    /// <summary>A scope with no tokens left completes; one with tokens may let a waiting inclusive join fire.</summary>
    private async Task CheckScopeAsync(LoadedInstance instance, ElementInstance scope, CancellationToken ct)
    {
        if (instance.State.HasChildren(scope.Id))
        {
            foreach (var child in instance.State.ChildrenOf(scope.Id).ToArray())
            {
                if (child.Arrivals is not null && NodeOf(instance, child) is Gateway { GatewayKind: GatewayKind.Inclusive })
                {
                    Enqueue(OpKind.Join, instance, child);
                }
            }
            return;
        }
        if (scope.ParentId is null)
        {
            await CompleteInstanceAsync(instance, ct);
            return;
        }
        if (NodeOf(instance, scope) is SubProcess { TriggeredByEvent: true })
        {
            var parent = ParentOf(instance, scope)!;
            Complete(instance, scope);
            Enqueue(OpKind.CheckScope, instance, parent);
            return;
        }
        Leave(instance, scope);
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
                CompleteCallActivity(parent, call, variables);
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
        History(instance, status == InstanceStatus.Completed ? HistoryTypes.InstanceCompleted : HistoryTypes.InstanceCancelled,
            instance.Process.Model.Id, root.Id, reason);
    }
}
