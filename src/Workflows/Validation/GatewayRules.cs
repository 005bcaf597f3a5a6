using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

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
            diagnostics.Add(BpmnDiagnostic.Error(gateway.Id, gateway.Line, DefaultFlowNotAllowed.Format(DiagnosticTerms.Kind(gateway.Kind))));
        }
        else if (!gateway.Outgoing.Contains(defaultId))
        {
            diagnostics.Add(BpmnDiagnostic.Error(gateway.Id, gateway.Line, DefaultFlowNotOutgoing.Format(defaultId)));
        }
        else if (process.Flow(defaultId).Condition is not null)
        {
            diagnostics.Add(BpmnDiagnostic.Error(gateway.Id, gateway.Line, DefaultFlowWithCondition.Format(defaultId)));
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
                diagnostics.Add(BpmnDiagnostic.Warning(flow.Id, flow.Line, FlowAlwaysTaken.Format(gateway.Id)));
            }
        }
    }

    private static void CheckEventTargets(ProcessModel process, Gateway gateway, List<BpmnDiagnostic> diagnostics)
    {
        if (gateway.Outgoing.Count < 2)
        {
            diagnostics.Add(BpmnDiagnostic.Error(gateway.Id, gateway.Line, EventGatewayTooFewFlows.Format()));
        }

        foreach (var flow in process.KnownOutgoing(gateway))
        {
            if (process.TryGetNode(flow.TargetId, out var target) && !IsEventTarget(target))
            {
                diagnostics.Add(BpmnDiagnostic.Error(gateway.Id, gateway.Line, EventGatewayInvalidTarget.Format(target.Id)));
            }
        }
    }

    private static bool IsEventTarget(FlowNode node) => node is ReceiveTask
        or IntermediateCatchEvent { Trigger: TimerTrigger or MessageTrigger or SignalTrigger or ConditionalTrigger };
}
