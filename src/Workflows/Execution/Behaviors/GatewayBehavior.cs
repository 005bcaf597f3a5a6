using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>A diverging exclusive, parallel or inclusive gateway: completes and takes the flows it selects.</summary>
internal abstract class GatewayBehavior(Gateway gateway, ProcessModel model) : ElementBehavior(gateway, model)
{
    private readonly string? _defaultFlowId = gateway.DefaultFlowId;

    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        if (SelectFlows(ctx) is { } flows)
        {
            var scope = ctx.Scope;
            ctx.Complete();
            ctx.Executor.TakeFlows(ctx.Instance, scope, flows);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>The flows the gateway takes, or null (with an incident) when none may be taken.</summary>
    protected abstract IReadOnlyList<SequenceFlow>? SelectFlows(BehaviorContext ctx);

    /// <summary>The first (or every) flow whose condition holds, else the default flow, else an incident.</summary>
    protected IReadOnlyList<SequenceFlow>? SelectByCondition(BehaviorContext ctx, bool firstOnly)
    {
        if (Outgoing.Count == 0)
        {
            return Outgoing;
        }
        var chosen = new List<SequenceFlow>();
        SequenceFlow? fallback = null;
        foreach (var flow in Outgoing)
        {
            if (flow.Id == _defaultFlowId)
            {
                fallback = flow;
                continue;
            }
            if (flow.Condition is null || IsTrue(ctx, flow))
            {
                chosen.Add(flow);
                if (firstOnly)
                {
                    break;
                }
            }
        }
        if (chosen.Count == 0 && fallback is not null)
        {
            chosen.Add(fallback);
        }
        if (chosen.Count == 0)
        {
            ctx.RaiseIncident(IncidentTypes.NoOutgoingFlow, $"No condition of gateway '{Node.Id}' was true and it has no default flow.",
                ctx.Element.Arrivals is null ? OpKind.Execute : OpKind.Join);
            return null;
        }
        return chosen;
    }

    private static bool IsTrue(BehaviorContext ctx, SequenceFlow flow)
    {
        var value = ctx.Process.Expression(flow.Condition!).Evaluate(ctx.Variables());
        try
        {
            return ValueConversions.ToBoolean(value);
        }
        catch (ExpressionException e)
        {
            throw new ExpressionException($"The condition of flow '{flow.Id}' ({flow.Condition}): {e.Message}");
        }
    }
}
