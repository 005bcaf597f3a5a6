using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    private async Task EndEventAsync(LoadedInstance instance, ElementInstance element, EndEvent end, CancellationToken ct)
    {
        var scope = ParentOf(instance, element)!;
        switch (end.Trigger)
        {
            case TerminateTrigger:
                Complete(instance, element);
                foreach (var other in instance.State.ChildrenOf(scope.Id).ToArray())
                {
                    Terminate(instance, other);
                }
                Enqueue(OpKind.CheckScope, instance, scope);
                break;
            case ErrorTrigger error:
                History(instance, HistoryTypes.ErrorThrown, end.Id, element.Id, error.ErrorCode);
                if (await FindCatchAsync(instance, scope, null, new CatchQuery(true, error.ErrorCode), ct) is { } handler)
                {
                    Complete(instance, element);
                    Catch(handler);
                }
                else
                {
                    RaiseIncident(instance, element, IncidentTypes.UnhandledError,
                        $"Error '{error.ErrorCode}' thrown by '{end.Id}' is caught by no boundary event or event subprocess.", OpKind.Execute);
                }
                break;
            case EscalationTrigger escalation:
                Complete(instance, element);
                await EscalateAsync(instance, scope, end, element.Id, escalation, ct);
                Enqueue(OpKind.CheckScope, instance, scope);
                break;
            case SignalTrigger signal:
                Signals.Add((signal.SignalName, null));
                Leave(instance, element);
                break;
            default:
                Leave(instance, element);
                break;
        }
    }

    private async Task ThrowEventAsync(LoadedInstance instance, ElementInstance element, IntermediateThrowEvent node, CancellationToken ct)
    {
        switch (node.Trigger)
        {
            case EscalationTrigger escalation:
                await EscalateAsync(instance, ParentOf(instance, element)!, node, element.Id, escalation, ct);
                break;
            case SignalTrigger signal:
                Signals.Add((signal.SignalName, null));
                break;
        }
        if (instance.State.Find(element.Id) is not null)
        {
            Leave(instance, element);
        }
    }

    private async Task EscalateAsync(LoadedInstance instance, ElementInstance scope, FlowNode thrower, long throwerId, EscalationTrigger escalation, CancellationToken ct)
    {
        History(instance, HistoryTypes.EscalationThrown, thrower.Id, throwerId, escalation.EscalationCode);
        if (await FindCatchAsync(instance, scope, null, new CatchQuery(false, escalation.EscalationCode), ct) is { } handler)
        {
            Catch(handler);
        }
    }

    /// <summary>
    /// An event arrived for <paramref name="owner"/> on behalf of <paramref name="eventNode"/>: a catch event or
    /// receive task continues, an event-based gateway takes that branch, a boundary event or an event subprocess starts.
    /// </summary>
    public void OnEvent(LoadedInstance instance, ElementInstance owner, FlowNode eventNode)
    {
        instance.Process.Model.TryGetNode(owner.ElementId, out var ownerNode);
        switch (eventNode)
        {
            case IntermediateCatchEvent or ReceiveTask when owner.ElementId == eventNode.Id:
                Leave(instance, owner);
                break;
            case IntermediateCatchEvent or ReceiveTask when ownerNode is Gateway { GatewayKind: GatewayKind.EventBased }:
                var scope = ParentOf(instance, owner)!;
                Complete(instance, owner);
                var chosen = Entered(instance, instance.State.Add(eventNode.Id, scope.Id, ElementState.Waiting));
                Enqueue(OpKind.Leave, instance, chosen);
                break;
            case BoundaryEvent boundary:
                TriggerBoundary(instance, owner, boundary);
                break;
            case StartEvent start:
                StartEventSubprocess(instance, owner, start);
                break;
        }
    }

    private void TriggerBoundary(LoadedInstance instance, ElementInstance activity, BoundaryEvent boundary)
    {
        var scope = ParentOf(instance, activity)!;
        if (boundary.CancelActivity)
        {
            Terminate(instance, activity);
        }
        var element = Entered(instance, instance.State.Add(boundary.Id, scope.Id, ElementState.Waiting));
        Enqueue(OpKind.Execute, instance, element);
    }

    private void StartEventSubprocess(LoadedInstance instance, ElementInstance scope, StartEvent start)
    {
        var subProcess = instance.Process.Model.Node(start.ScopeId!);
        if (start.IsInterrupting)
        {
            foreach (var child in instance.State.ChildrenOf(scope.Id).ToArray())
            {
                Terminate(instance, child);
            }
            // The scope's boundary events stay armed; its other event subprocesses do not.
            var starts = instance.Process.EventSubprocessStartsOf(scope.ParentId is null ? instance.Process.Model.Id : scope.ElementId)
                .Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            if (scope.Waits is { } waits)
            {
                var dropped = waits.Where(w => starts.Contains(w.ElementId)).ToArray();
                DropWaits(dropped);
                waits.RemoveAll(dropped.Contains);
            }
        }
        var element = Entered(instance, instance.State.Add(subProcess.Id, scope.Id, ElementState.Active, isScope: true));
        element.Interrupting = start.IsInterrupting;
        SubscribeEventSubprocesses(instance, element, subProcess.Id);
        var startElement = Entered(instance, instance.State.Add(start.Id, element.Id, ElementState.Waiting));
        Enqueue(OpKind.Execute, instance, startElement);
    }
}
