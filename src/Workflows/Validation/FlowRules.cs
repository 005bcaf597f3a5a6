using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Validation;

/// <summary>Sequence flows: both ends exist, stay inside one scope, and carry conditions only where they are evaluated.</summary>
internal sealed class FlowRules : IProcessRule
{
    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var flow in process.Flows)
        {
            var hasSource = process.TryGetNode(flow.SourceId, out var source);
            var hasTarget = process.TryGetNode(flow.TargetId, out var target);
            if (!hasSource)
            {
                diagnostics.Add(BpmnDiagnostic.Error(flow.Id, flow.Line, UnknownFlowSource.Format(flow.SourceId)));
            }

            if (!hasTarget)
            {
                diagnostics.Add(BpmnDiagnostic.Error(flow.Id, flow.Line, UnknownFlowTarget.Format(flow.TargetId)));
            }

            if (hasSource && hasTarget && source.ScopeId != target.ScopeId)
            {
                diagnostics.Add(BpmnDiagnostic.Error(flow.Id, flow.Line, FlowCrossesScope.Format(source.Id, target.Id)));
            }

            if (hasSource && flow.Condition is not null && ConditionProblem(source) is { } problem)
            {
                diagnostics.Add(BpmnDiagnostic.Error(flow.Id, flow.Line, problem));
            }
        }
    }

    private static DiagnosticMessage? ConditionProblem(FlowNode source) => source switch
    {
        Gateway { GatewayKind: GatewayKind.Parallel or GatewayKind.EventBased } g =>
            ConditionNeverEvaluated.Format(DiagnosticTerms.Kind(g.Kind), g.Id),
        Gateway g when g.Outgoing.Count == 1 =>
            ConditionOnOnlyFlow.Format(g.Id),
        Gateway => null,
        _ => ConditionalFlowNotExecuted.Format(DiagnosticTerms.Kind(source.Kind), source.Id),
    };
}
