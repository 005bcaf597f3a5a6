using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution.Behaviors;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>Tells the listeners for <paramref name="at"/> in document order; any failure becomes a <see cref="ListenerException"/>.</summary>
    public async Task NotifyAsync(LoadedInstance instance, ElementInstance element, IReadOnlyList<Listener> listeners, ListenerEvent at,
        string elementId, Guid? taskId, CancellationToken ct)
    {
        foreach (var listener in listeners)
        {
            if (listener.Event != at || listener.JobType is not null)
            {
                continue;
            }
            var eventName = at.ToString().ToLowerInvariant();
            var what = listener.Handler ?? listener.Expression;
            try
            {
                if (listener.Expression is { } expression)
                {
                    // An expression has no side effects: it is evaluated for its value, which only a failure makes matter.
                    instance.Process.Expression(expression).Evaluate(Variables(instance, element));
                    continue;
                }
                if (!_core.ListenerHandlers.TryGetValue(listener.Handler!, out var handler))
                {
                    throw new ListenerException($"No listener handler named '{listener.Handler}' is registered.");
                }
                var context = new ListenerContext(instance.Id, instance.Record.BusinessKey, elementId, eventName, taskId, Variables(instance, element).Flatten());
                var output = await handler.NotifyAsync(context, ct);
                SetVariables(instance, element, VariableValues.Prepare(output));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new ListenerException($"The {eventName} listener '{what}' of '{elementId}' failed: {e.Message}");
            }
        }
    }

    /// <summary>What leaving the element tells: its end listeners, and the take listeners of the flows it will take.</summary>
    private static bool HasLeaveListeners(ElementBehavior behavior, ElementInstance element, bool takesFlows) =>
        (!element.IsMultiInstanceBody && behavior.Node.Listeners.Any(l => l.Event == ListenerEvent.End))
        || (takesFlows && behavior.Outgoing.Any(f => f.Listeners.Count > 0));

    /// <summary>The deferred half of <see cref="Leave"/>: end and take listeners, then the element leaves; a failure is an incident that, retried, tells them again.</summary>
    private async Task NotifyLeaveAsync(LoadedInstance instance, ElementInstance element, CancellationToken ct)
    {
        var behavior = instance.Process.BehaviorOf(element);
        if (!element.IsMultiInstanceBody && AwaitJobListener(instance, element, behavior.Node, ListenerEvent.End))
        {
            return;
        }
        try
        {
            if (!element.IsMultiInstanceBody)
            {
                await NotifyAsync(instance, element, behavior.Node.Listeners, ListenerEvent.End, element.ElementId, null, ct);
            }
            if (ParentOf(instance, element) is not { IsMultiInstanceBody: true } || element.IsMultiInstanceBody)
            {
                foreach (var flow in behavior.Outgoing)
                {
                    await NotifyAsync(instance, element, flow.Listeners, ListenerEvent.Take, flow.Id, null, ct);
                }
            }
        }
        catch (ListenerException e)
        {
            RaiseIncident(instance, element, IncidentTypes.ListenerFailed, e.Message, OpKind.NotifyLeave);
            return;
        }
        element.LeaveNotified = true;
        Leave(instance, element);
    }
}
