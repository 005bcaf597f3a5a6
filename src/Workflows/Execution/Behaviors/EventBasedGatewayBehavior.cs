using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>An event-based gateway: waits for the events of the nodes after it; the first to arrive decides the branch.</summary>
internal sealed class EventBasedGatewayBehavior(Gateway gateway, ProcessModel model) : ElementBehavior(gateway, model)
{
    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        ctx.Wait();
        foreach (var flow in Outgoing)
        {
            var target = ctx.Process.Behavior(flow.TargetId);
            ctx.Subscribe(target.Node, target.CatchTrigger);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>The event of <paramref name="target"/> arrived first: the gateway completes and the token continues past that node.</summary>
    public void Take(BehaviorContext ctx, FlowNode target)
    {
        var (executor, instance, _) = ctx;
        var scope = ctx.Scope;
        ctx.Complete();
        executor.Enqueue(OpKind.Leave, instance, executor.Enter(instance, scope, target.Id));
    }
}
