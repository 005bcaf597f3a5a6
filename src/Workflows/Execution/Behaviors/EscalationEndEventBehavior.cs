using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>An escalation end event: the token ends and the escalation goes to the nearest catcher, if any.</summary>
internal sealed class EscalationEndEventBehavior(EndEvent end, EscalationTrigger escalation, ProcessModel model) : ElementBehavior(end, model)
{
    private readonly EscalationTrigger _escalation = escalation;

    public override async ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        var (executor, instance, element) = ctx;
        var scope = ctx.Scope;
        ctx.Complete();
        await executor.EscalateAsync(instance, scope, Node, element.Id, _escalation, ct);
        executor.Enqueue(OpKind.CheckScope, instance, scope);
    }
}
