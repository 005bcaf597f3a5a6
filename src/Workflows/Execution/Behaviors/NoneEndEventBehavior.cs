using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>A none end event: the token ends, and its scope completes when it was the last.</summary>
internal sealed class NoneEndEventBehavior(EndEvent end, ProcessModel model) : ElementBehavior(end, model)
{
    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        ctx.Leave();
        return ValueTask.CompletedTask;
    }
}
