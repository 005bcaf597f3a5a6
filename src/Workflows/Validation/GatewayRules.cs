using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Validation;

/// <summary>Default flows, unconditional branches and the targets of event-based gateways.</summary>
internal sealed class GatewayRules : IProcessRule
{
    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var gateway in process.Nodes.OfType<Gateway>())
        {
            CheckDefault(process, gateway, diagnostics);
            if (gateway.GatewayKind is GatewayKind.Exclusive or GatewayKind.Inclusive)
            {
                CheckUnconditional(process, gateway, diagnostics);
            }
            else if (gateway.GatewayKind == GatewayKind.EventBased)
            {
                CheckEventTargets(process, gateway, diagnostics);
            }
        }
    }

    private static void CheckDefault(ProcessModel process, Gateway gateway, List<BpmnDiagnostic> diagnostics)
    {
        if (gateway.DefaultFlowId is not { } defaultId)
        {
            return;
        }

        if (gateway.GatewayKind is GatewayKind.Parallel or GatewayKind.EventBased)
        {
            diagnostics.Add(BpmnDiagnostic.Error(gateway.Id, gateway.Line, $"a {gateway.Kind} cannot have a default flow"));
        }
        else if (!gateway.Outgoing.Contains(defaultId))
        {
            diagnostics.Add(BpmnDiagnostic.Error(gateway.Id, gateway.Line, $"default flow '{defaultId}' is not an outgoing flow of the gateway"));
        }
        else if (process.Flow(defaultId).Condition is not null)
        {
            diagnostics.Add(BpmnDiagnostic.Error(gateway.Id, gateway.Line, $"default flow '{defaultId}' has a condition; a default flow must not"));
        }
    }

    private static void CheckUnconditional(ProcessModel process, Gateway gateway, List<BpmnDiagnostic> diagnostics)
    {
        if (gateway.Outgoing.Count < 2)
        {
            return;
        }

        foreach (var flow in process.KnownOutgoing(gateway))
        {
            if (flow.Condition is null && flow.Id != gateway.DefaultFlowId)
            {
                diagnostics.Add(BpmnDiagnostic.Warning(flow.Id, flow.Line,
                    $"flow out of '{gateway.Id}' has no condition and is not the default: it is always taken"));
            }
        }
    }

    private static void CheckEventTargets(ProcessModel process, Gateway gateway, List<BpmnDiagnostic> diagnostics)
    {
        if (gateway.Outgoing.Count < 2)
        {
            diagnostics.Add(BpmnDiagnostic.Error(gateway.Id, gateway.Line, "an event-based gateway needs at least two outgoing flows"));
        }

        foreach (var flow in process.KnownOutgoing(gateway))
        {
            if (process.TryGetNode(flow.TargetId, out var target) && !IsEventTarget(target))
            {
                diagnostics.Add(BpmnDiagnostic.Error(gateway.Id, gateway.Line,
                    $"'{target.Id}' follows an event-based gateway but is not a timer, message or signal catch event or a receive task"));
            }
        }
    }

    private static bool IsEventTarget(FlowNode node) => node is ReceiveTask
        or IntermediateCatchEvent { Trigger: TimerTrigger or MessageTrigger or SignalTrigger };
}
