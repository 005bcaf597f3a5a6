using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>An embedded subprocess: becomes a scope, arms its boundary events and event subprocesses, and starts at its none start.</summary>
internal class SubProcessBehavior(SubProcess subProcess, ProcessModel model) : ElementBehavior(subProcess, model)
{
    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        var (executor, instance, element) = ctx;
        element.IsScope = true;
        element.State = ElementState.Active;
        ctx.SubscribeBoundaries();
        executor.SubscribeEventSubprocesses(instance, element, Node.Id);
        var start = instance.Process.NoneStartOf(Node.Id)
            ?? throw new ExpressionException($"Subprocess '{Node.Id}' has no none start event.");
        executor.Arrive(instance, element, start.Id, viaFlow: null);
        return ValueTask.CompletedTask;
    }
}
