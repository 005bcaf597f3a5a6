using System.Runtime.InteropServices;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>
/// A parallel or inclusive gateway. With more than one incoming flow it joins: the tokens arriving in a scope are
/// counted on one element instance, which fires (and forks) when <see cref="IsReady"/> says so.
/// </summary>
internal abstract class JoinGatewayBehavior(Gateway gateway, ProcessModel model) : GatewayBehavior(gateway, model)
{
    private readonly bool _joins = gateway.Incoming.Count > 1;

    public override void Arrive(Executor executor, LoadedInstance instance, ElementInstance scope, string? viaFlow)
    {
        if (!_joins)
        {
            base.Arrive(executor, instance, scope, viaFlow);
            return;
        }
        var join = WaitingJoin(instance, scope) ?? executor.Enter(instance, scope, Node.Id);
        join.Arrivals ??= [];
        var flow = viaFlow ?? "";
        join.Arrivals[flow] = join.Arrivals.GetValueOrDefault(flow) + 1;
        executor.Enqueue(OpKind.Join, instance, join);
    }

    /// <summary>Fires the join when it is ready: one arrival per flow is used up, and the join ends once none is left.</summary>
    public override void Continue(BehaviorContext ctx)
    {
        var join = ctx.Element;
        var arrivals = join.Arrivals ??= [];
        if (!IsReady(ctx, arrivals) || join.State == ElementState.Failed)
        {
            return;
        }
        IReadOnlyList<SequenceFlow>? flows;
        try
        {
            flows = SelectFlows(ctx);
        }
        catch (ExpressionException e)
        {
            ctx.RaiseIncident(IncidentTypes.Expression, e.Message, OpKind.Join);
            return;
        }
        if (flows is null)
        {
            return;
        }
        var left = false;
        foreach (var key in arrivals.Keys)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrNullRef(arrivals, key);
            if (count > 0)
            {
                count--;
            }
            left |= count != 0;
        }
        var scope = ctx.Scope;
        if (!left)
        {
            ctx.Complete();
        }
        ctx.Executor.TakeFlows(ctx.Instance, scope, flows);
    }

    protected abstract bool IsReady(BehaviorContext ctx, Dictionary<string, int> arrivals);

    private ElementInstance? WaitingJoin(LoadedInstance instance, ElementInstance scope)
    {
        foreach (var child in instance.State.ChildrenOf(scope.Id))
        {
            if (child.ElementId == Node.Id && child.Park == AsyncPark.None)
            {
                return child;
            }
        }
        return null;
    }
}
