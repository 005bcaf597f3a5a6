using Samverkan.Workflows.Model;

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
                diagnostics.Add(BpmnDiagnostic.Error(flow.Id, flow.Line, $"unknown flow source '{flow.SourceId}'"));
            }

            if (!hasTarget)
            {
                diagnostics.Add(BpmnDiagnostic.Error(flow.Id, flow.Line, $"unknown flow target '{flow.TargetId}'"));
            }

            if (hasSource && hasTarget && source.ScopeId != target.ScopeId)
            {
                diagnostics.Add(BpmnDiagnostic.Error(flow.Id, flow.Line,
                    $"sequence flow crosses a subprocess boundary: '{source.Id}' and '{target.Id}' are in different scopes"));
            }

            if (hasSource && flow.Condition is not null && ConditionProblem(source) is { } problem)
            {
                diagnostics.Add(BpmnDiagnostic.Error(flow.Id, flow.Line, problem));
            }
        }
    }

    private static string? ConditionProblem(FlowNode source) => source switch
    {
        Gateway { GatewayKind: GatewayKind.Parallel or GatewayKind.EventBased } g =>
            $"a condition on a flow leaving the {g.Kind} '{g.Id}' is never evaluated",
        Gateway g when g.Outgoing.Count == 1 =>
            $"a condition on the only outgoing flow of '{g.Id}': when false the token is stuck",
        Gateway => null,
        _ => $"a conditional flow out of the {source.Kind} '{source.Id}' is not executed; add an exclusive gateway after it",
    };
}
