using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>
/// An inclusive gateway: forks on every flow whose condition holds (else the default); joins once some token has
/// arrived and no other token of the scope can still reach it.
/// </summary>
internal sealed class InclusiveGatewayBehavior(Gateway gateway, ProcessModel model) : JoinGatewayBehavior(gateway, model)
{
    /// <summary>Every node with a path to the join: a token resting at one of them may still arrive.</summary>
    private readonly HashSet<string> _predecessors = gateway.Incoming.Count > 1 ? Predecessors(gateway, model) : [];

    protected override IReadOnlyList<SequenceFlow>? SelectFlows(BehaviorContext ctx) => SelectByCondition(ctx, firstOnly: false);

    protected override bool IsReady(BehaviorContext ctx, Dictionary<string, int> arrivals)
    {
        var any = false;
        foreach (var count in arrivals.Values)
        {
            any |= count > 0;
        }
        if (!any)
        {
            return false;
        }
        foreach (var other in ctx.Instance.State.ChildrenOf(ctx.Element.ParentId!.Value))
        {
            // A token parked before this join (camunda:asyncBefore) is still on its way to it.
            if (other.Id != ctx.Element.Id && (_predecessors.Contains(other.ElementId) || (other.Park == AsyncPark.Before && other.ElementId == Node.Id)))
            {
                return false;
            }
        }
        return true;
    }

    public override void TokenEnded(BehaviorContext ctx) => ctx.Enqueue(OpKind.Join);

    /// <summary>Counts an activity as reaching the join through its boundary events.</summary>
    private static HashSet<string> Predecessors(Gateway join, ProcessModel model)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(join.Incoming.Select(f => model.Flow(f).SourceId));
        while (stack.TryPop(out var id))
        {
            if (id == join.Id || !seen.Add(id))
            {
                continue;
            }
            var node = model.Node(id);
            foreach (var flow in node.Incoming)
            {
                stack.Push(model.Flow(flow).SourceId);
            }
            if (node is BoundaryEvent boundary)
            {
                stack.Push(boundary.AttachedToId);
            }
        }
        return seen;
    }
}
