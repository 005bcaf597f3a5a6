using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

/// <summary>
/// Compensation: completed compensable activities are remembered in their scope; a throw event takes them back out and
/// works through them in reverse order, one handler at a time, as the children of the throw event's element instance.
/// </summary>
internal sealed partial class Executor
{
    /// <summary>Remembers a completed activity in its scope when compensation could reach it; other processes pay one lookup.</summary>
    private void RememberCompletion(LoadedInstance instance, ElementInstance element, ElementInstance? parent)
    {
        if (element.IsMultiInstanceBody || element.RestoredForCompensation || !instance.Process.IsCompensable(element.ElementId))
        {
            return;
        }
        // Each completed iteration of a multi-instance is remembered on its own, in the scope around the body.
        var scope = parent;
        while (scope is { IsMultiInstanceBody: true })
        {
            scope = ParentOf(instance, scope);
        }
        if (scope is null)
        {
            return;
        }
        (scope.Compensable ??= []).Add(new CompensationEntry
        {
            ElementId = element.ElementId,
            Variables = Copy(element.Variables),
            Inner = element.Compensable,
        });
    }

    /// <summary>Starts compensating the thrower's scope (or only <paramref name="activityRef"/>); false when nothing there needs it.</summary>
    public bool ThrowCompensation(LoadedInstance instance, ElementInstance thrower, string? activityRef)
    {
        History(instance, HistoryTypes.CompensationThrown, thrower.ElementId, thrower.Id, activityRef);
        var scope = CompensationScopeOf(instance, thrower);
        if (scope?.Compensable is not { } remembered)
        {
            return false;
        }
        var chosen = remembered.Where(e => activityRef is null || e.ElementId == activityRef).ToList();
        if (chosen.Count == 0)
        {
            return false;
        }
        // An activity is compensated once: a second throw finds nothing more of it.
        remembered.RemoveAll(chosen.Contains);
        if (remembered.Count == 0)
        {
            scope.Compensable = null;
        }
        chosen.Reverse();
        thrower.IsScope = true;
        thrower.State = ElementState.Active;
        thrower.CompensationQueue = chosen;
        Enqueue(OpKind.CheckScope, instance, thrower);
        return true;
    }

    /// <summary>The element ran out of children while compensating: start the next handler, or finish.</summary>
    private void ContinueCompensation(LoadedInstance instance, ElementInstance runner)
    {
        var queue = runner.CompensationQueue!;
        if (queue.Count > 0)
        {
            var next = queue[0];
            queue.RemoveAt(0);
            Compensate(instance, runner, next);
            return;
        }
        runner.CompensationQueue = null;
        if (runner.RestoredForCompensation)
        {
            var parent = ParentOf(instance, runner)!;
            Complete(instance, runner);
            Enqueue(OpKind.CheckScope, instance, parent);
            return;
        }
        instance.Process.BehaviorOf(runner).ScopeCompleted(new Behaviors.BehaviorContext(this, instance, runner));
    }

    /// <summary>
    /// Runs the activity's handler, or for a subprocess without one restores it as a scope (its variables as they were when it
    /// completed) and runs its compensation event subprocess there, else compensates what completed inside it.
    /// </summary>
    private void Compensate(LoadedInstance instance, ElementInstance runner, CompensationEntry entry)
    {
        var model = instance.Process.Model;
        if (model.Node(entry.ElementId) is Activity { CompensationHandlerId: { } handlerId })
        {
            StartHandler(instance, runner, handlerId, entry);
            return;
        }
        var restored = Enter(instance, runner, entry.ElementId, ElementState.Active, isScope: true);
        restored.RestoredForCompensation = true;
        restored.Variables = Copy(entry.Variables);
        if (CompensationScopes.CompensationStartOf(model, entry.ElementId) is { } start)
        {
            restored.Compensable = entry.Inner;
            restored.CompensationQueue = [];
            var eventSubProcess = Enter(instance, restored, start.ScopeId!, ElementState.Active, isScope: true);
            History(instance, HistoryTypes.CompensationStarted, start.ScopeId, eventSubProcess.Id, entry.ElementId);
            Enqueue(OpKind.Execute, instance, Enter(instance, eventSubProcess, start.Id));
            return;
        }
        var inner = entry.Inner?.ToList() ?? [];
        inner.Reverse();
        restored.CompensationQueue = inner;
        Enqueue(OpKind.CheckScope, instance, restored);
    }

    private void StartHandler(LoadedInstance instance, ElementInstance runner, string handlerId, CompensationEntry entry)
    {
        var behavior = instance.Process.Entry(handlerId);
        if (!ReferenceEquals(behavior, instance.Process.Behavior(handlerId)))
        {
            // A multi-instance handler: its body runs the loop under the runner.
            History(instance, HistoryTypes.CompensationStarted, handlerId, null, entry.ElementId);
            behavior.Arrive(this, instance, runner, viaFlow: null);
            return;
        }
        var handler = Enter(instance, runner, handlerId);
        handler.Variables = Copy(entry.Variables);
        History(instance, HistoryTypes.CompensationStarted, handlerId, handler.Id, entry.ElementId);
        Enqueue(OpKind.Execute, instance, handler);
    }

    /// <summary>The scope whose completed activities a throw compensates: not a multi-instance body, not an event subprocess.</summary>
    private ElementInstance? CompensationScopeOf(LoadedInstance instance, ElementInstance thrower)
    {
        var scope = ParentOf(instance, thrower);
        while (scope is { ParentId: not null }
            && (scope.IsMultiInstanceBody || (instance.Process.Model.TryGetNode(scope.ElementId, out var node) && node is SubProcess { TriggeredByEvent: true })))
        {
            scope = ParentOf(instance, scope);
        }
        return scope;
    }

    private static Dictionary<string, object?>? Copy(Dictionary<string, object?>? variables) =>
        variables is { Count: > 0 } ? new Dictionary<string, object?>(variables, StringComparer.Ordinal) : null;
}
