using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>A receive task: waits for its message like a catch event, and as an activity arms its boundary events.</summary>
internal sealed class ReceiveTaskBehavior(ReceiveTask task, ProcessModel model) : CatchBehavior(task, new MessageTrigger(task.MessageName), model)
{
    public override async ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        await base.ExecuteAsync(ctx, ct);
        ctx.SubscribeBoundaries();
    }
}
