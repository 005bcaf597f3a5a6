using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>
/// A cancel end event in a transaction: ends the transaction's other tokens, compensates what completed inside it (in
/// reverse order, waiting for the handlers), then leaves the transaction by its cancel boundary event.
/// </summary>
internal sealed class CancelEndEventBehavior(EndEvent end, ProcessModel model) : ElementBehavior(end, model)
{
    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        var (executor, instance, element) = ctx;
        var transaction = ctx.Scope;
        executor.History(instance, HistoryTypes.TransactionCancelled, transaction.ElementId, transaction.Id, Node.Id);
        foreach (var other in instance.State.ChildrenOf(transaction.Id).Where(c => c.Id != element.Id).ToArray())
        {
            executor.Terminate(instance, other);
        }
        if (!executor.ThrowCompensation(instance, element, activityRef: null))
        {
            LeaveByCancelBoundary(ctx);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>The compensation has finished.</summary>
    public override void ScopeCompleted(BehaviorContext ctx) => LeaveByCancelBoundary(ctx);

    private static void LeaveByCancelBoundary(BehaviorContext ctx)
    {
        var (executor, instance, _) = ctx;
        var transaction = ctx.Scope;
        // A multi-instance transaction's boundary events belong to its body.
        var owner = Executor.ParentOf(instance, transaction) is { IsMultiInstanceBody: true } body ? body : transaction;
        var boundary = instance.Process.BoundariesOf(owner.ElementId).First(b => b.Trigger is CancelTrigger);
        instance.Process.Behavior(boundary.Id).Trigger(new BehaviorContext(executor, instance, owner));
    }
}
