using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>
/// An event subprocess, started by its start event's <see cref="StartEventBehavior.Trigger"/>. It has no outgoing flows:
/// when its last token ends it completes, and its parent scope looks whether it is done too.
/// </summary>
internal sealed class EventSubProcessBehavior(SubProcess subProcess, ProcessModel model) : SubProcessBehavior(subProcess, model)
{
    public override void ScopeCompleted(BehaviorContext ctx)
    {
        var parent = ctx.Scope;
        ctx.Complete();
        ctx.Executor.Enqueue(OpKind.CheckScope, ctx.Instance, parent);
    }
}
