using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>A terminate end event: every other token of its scope ends too, so the scope completes now.</summary>
internal sealed class TerminateEndEventBehavior(EndEvent end, ProcessModel model) : ElementBehavior(end, model)
{
    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        var (executor, instance, _) = ctx;
        var scope = ctx.Scope;
        ctx.Complete();
        foreach (var other in instance.State.ChildrenOf(scope.Id).ToArray())
        {
            executor.Terminate(instance, other);
        }
        executor.Enqueue(OpKind.CheckScope, instance, scope);
        return ValueTask.CompletedTask;
    }
}
