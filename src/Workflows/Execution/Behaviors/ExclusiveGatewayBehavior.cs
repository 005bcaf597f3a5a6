using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>An exclusive gateway: the first flow whose condition holds, else the default. Tokens pass through it one by one.</summary>
internal sealed class ExclusiveGatewayBehavior(Gateway gateway, ProcessModel model) : GatewayBehavior(gateway, model)
{
    protected override IReadOnlyList<SequenceFlow>? SelectFlows(BehaviorContext ctx) => SelectByCondition(ctx, firstOnly: true);
}
