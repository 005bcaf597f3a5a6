using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Validation;

/// <summary>User task properties the engine acts on must say something: a completion rule set needs a name.</summary>
internal sealed class TaskPropertyRules : IProcessRule
{
    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var task in process.Nodes.OfType<UserTask>())
        {
            if (task.Properties.TryGetValue(TaskProperties.CompletionRuleSet, out var value)
                && value.Split(',', StringSplitOptions.TrimEntries).Any(string.IsNullOrEmpty))
            {
                diagnostics.Add(BpmnDiagnostic.Error(task.Id, task.Line, DiagnosticTexts.CompletionRuleSetEmpty.Format(TaskProperties.CompletionRuleSet)));
            }
        }
    }
}
