using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Validation;

/// <summary>A conditional event needs a condition that compiles; a process cannot start on one (only its event subprocesses can).</summary>
internal sealed class ConditionalEventRules(IExpressionChecker checker) : IProcessRule
{
    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var node in process.Nodes)
        {
            if (node.TriggerOf() is not ConditionalTrigger trigger)
            {
                continue;
            }
            if (node is StartEvent && node.ScopeId is null)
            {
                diagnostics.Add(BpmnDiagnostic.Error(node.Id, node.Line, ConditionalStartNotSupported.Format()));
            }
            if (trigger.Condition.Length == 0)
            {
                diagnostics.Add(BpmnDiagnostic.Error(node.Id, node.Line, ConditionalEventWithoutCondition.Format()));
            }
            else if (checker.CheckExpression(trigger.Condition) is { } message)
            {
                diagnostics.Add(BpmnDiagnostic.Error(node.Id, node.Line, InvalidExpression.Format(DiagnosticTerms.Condition, message)));
            }
        }
    }
}
