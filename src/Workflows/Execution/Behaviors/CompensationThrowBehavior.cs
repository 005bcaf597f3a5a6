using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>
/// A compensation intermediate throw or end event: runs the handlers of the completed activities of its scope (or of its
/// activityRef) in reverse order of completion, one after another, and moves on when the last has finished.
/// </summary>
internal sealed class CompensationThrowBehavior(FlowNode node, CompensateTrigger compensate, ProcessModel model) : ElementBehavior(node, model)
{
    private readonly CompensateTrigger _compensate = compensate;

    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        if (!ctx.Executor.ThrowCompensation(ctx.Instance, ctx.Element, _compensate.ActivityRef))
        {
            ctx.Leave();
        }
        return ValueTask.CompletedTask;
    }
}
