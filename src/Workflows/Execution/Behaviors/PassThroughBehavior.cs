using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>task, manualTask and a none intermediate throw event: nothing to do, the token moves on at once.</summary>
internal sealed class PassThroughBehavior(FlowNode node, ProcessModel model) : ElementBehavior(node, model)
{
    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        ctx.Leave();
        return ValueTask.CompletedTask;
    }
}
