using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>
/// A start event: the token passes on. As the start of an event subprocess its event (or a caught error or escalation)
/// starts that subprocess in the scope that owns the subscription, first ending the scope's tokens when it interrupts.
/// </summary>
internal sealed class StartEventBehavior(StartEvent start, ProcessModel model) : ElementBehavior(start, model)
{
    private readonly StartEvent _start = start;

    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        ctx.Leave();
        return ValueTask.CompletedTask;
    }

    public override void Trigger(BehaviorContext ctx)
    {
        var (executor, instance, scope) = ctx;
        var subProcessId = _start.ScopeId!;
        if (_start.IsInterrupting)
        {
            foreach (var child in instance.State.ChildrenOf(scope.Id).ToArray())
            {
                executor.Terminate(instance, child);
            }
            // The scope's boundary events stay armed; its other event subprocesses do not.
            var starts = instance.Process.EventSubprocessStartsOf(scope.ParentId is null ? instance.Process.Model.Id : scope.ElementId)
                .Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            if (scope.Waits is { } waits)
            {
                var dropped = waits.Where(w => starts.Contains(w.ElementId)).ToArray();
                executor.DropWaits(dropped);
                waits.RemoveAll(dropped.Contains);
            }
        }
        var element = executor.Enter(instance, scope, subProcessId, ElementState.Active, isScope: true);
        element.Interrupting = _start.IsInterrupting;
        executor.SubscribeEventSubprocesses(instance, element, subProcessId);
        executor.Enqueue(OpKind.Execute, instance, executor.Enter(instance, element, _start.Id));
    }
}
