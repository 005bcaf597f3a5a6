using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    private void ExecuteGateway(LoadedInstance instance, ElementInstance element, Gateway gateway)
    {
        if (gateway.GatewayKind == GatewayKind.EventBased)
        {
            element.State = ElementState.Waiting;
            foreach (var flow in instance.Process.Model.OutgoingOf(gateway))
            {
                var target = instance.Process.Model.Node(flow.TargetId);
                var trigger = target switch
                {
                    IntermediateCatchEvent c => c.Trigger,
                    ReceiveTask r => new MessageTrigger(r.MessageName),
                    _ => NoneTrigger.Instance,
                };
                Subscribe(instance, element, target, trigger);
            }
            return;
        }
        if (SelectFlows(instance, element, gateway) is not { } flows)
        {
            return;
        }
        var scope = ParentOf(instance, element)!;
        Complete(instance, element);
        TakeFlows(instance, scope, flows);
    }

    /// <summary>A parallel join fires when every incoming flow has a token; an inclusive join when no other token can still reach it.</summary>
    private void EvaluateJoin(LoadedInstance instance, ElementInstance join)
    {
        var gateway = (Gateway)NodeOf(instance, join);
        var arrivals = join.Arrivals ??= [];
        bool ready;
        if (gateway.GatewayKind == GatewayKind.Parallel)
        {
            ready = gateway.Incoming.All(f => arrivals.GetValueOrDefault(f) > 0);
        }
        else
        {
            ready = arrivals.Values.Any(c => c > 0) && !instance.State.ChildrenOf(join.ParentId!.Value)
                .Any(other => other.Id != join.Id && instance.Process.CanReach(other.ElementId, gateway.Id));
        }
        if (!ready || join.State == ElementState.Failed)
        {
            return;
        }
        IReadOnlyList<SequenceFlow>? flows;
        try
        {
            flows = SelectFlows(instance, join, gateway);
        }
        catch (ExpressionException e)
        {
            RaiseIncident(instance, join, IncidentTypes.Expression, e.Message, OpKind.Join);
            return;
        }
        if (flows is null)
        {
            return;
        }
        foreach (var key in arrivals.Keys.ToArray())
        {
            if (arrivals[key] > 0)
            {
                arrivals[key]--;
            }
        }
        var scope = ParentOf(instance, join)!;
        if (arrivals.Values.All(c => c == 0))
        {
            Complete(instance, join);
        }
        TakeFlows(instance, scope, flows);
    }

    /// <summary>The flows a diverging gateway takes, or null (with an incident) when none may be taken.</summary>
    private IReadOnlyList<SequenceFlow>? SelectFlows(LoadedInstance instance, ElementInstance element, Gateway gateway)
    {
        var outgoing = instance.Process.Model.OutgoingOf(gateway).ToArray();
        if (gateway.GatewayKind == GatewayKind.Parallel || outgoing.Length == 0)
        {
            return outgoing;
        }
        var chosen = new List<SequenceFlow>();
        SequenceFlow? fallback = null;
        foreach (var flow in outgoing)
        {
            if (flow.Id == gateway.DefaultFlowId)
            {
                fallback = flow;
                continue;
            }
            if (flow.Condition is null || IsTrue(instance, element, flow))
            {
                chosen.Add(flow);
                if (gateway.GatewayKind == GatewayKind.Exclusive)
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
            RaiseIncident(instance, element, IncidentTypes.NoOutgoingFlow,
                $"No condition of gateway '{gateway.Id}' was true and it has no default flow.", element.Arrivals is null ? OpKind.Execute : OpKind.Join);
            return null;
        }
        return chosen;
    }

    private bool IsTrue(LoadedInstance instance, ElementInstance element, SequenceFlow flow)
    {
        var value = instance.Process.Expression(flow.Condition!).Evaluate(Variables(instance, element));
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
