using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>An intermediate escalation throw event: escalates, then moves on unless an interrupting catcher ended it.</summary>
internal sealed class EscalationThrowEventBehavior(IntermediateThrowEvent node, EscalationTrigger escalation, ProcessModel model)
    : ElementBehavior(node, model)
{
    private readonly EscalationTrigger _escalation = escalation;

    public override async ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        var (executor, instance, element) = ctx;
        await executor.EscalateAsync(instance, ctx.Scope, Node, element.Id, _escalation, ct);
        if (instance.State.Find(element.Id) is not null)
        {
            ctx.Leave();
        }
    }
}
