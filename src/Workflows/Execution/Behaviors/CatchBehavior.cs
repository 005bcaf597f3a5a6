using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>
/// An element that waits for one timer, message or signal (an intermediate catch event, a receive task). When it
/// follows an event-based gateway the gateway subscribes on its behalf, so its event may arrive for the gateway instead.
/// </summary>
internal abstract class CatchBehavior(FlowNode node, EventTrigger trigger, ProcessModel model) : ElementBehavior(node, model)
{
    public override EventTrigger CatchTrigger { get; } = trigger;

    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        ctx.Wait();
        ctx.Subscribe(Node, CatchTrigger);
        return ValueTask.CompletedTask;
    }

    public override void Trigger(BehaviorContext ctx)
    {
        if (ctx.Element.ElementId == Node.Id)
        {
            ctx.Leave();
        }
        else if (ctx.Process.TryGetBehavior(ctx.Element.ElementId, out var owner) && owner is EventBasedGatewayBehavior gateway)
        {
            gateway.Take(ctx, Node);
        }
    }
}
