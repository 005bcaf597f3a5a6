using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

public sealed partial class ProcessEngine
{
    /// <summary>Asks the completion validator (if any) about a task with properties; its errors refuse the completion.</summary>
    private async Task CheckCompletionAsync(
        Executor executor, LoadedInstance instance, ElementInstance element, UserTaskRecord task, UserTask node,
        IReadOnlyDictionary<string, object?> submitted, CancellationToken ct)
    {
        if (_core.CompletionValidator is not { } validator || node.Properties.Count == 0)
        {
            return;
        }
        var after = new VariableView(instance.State, element, executor.Now).Flatten();
        foreach (var (name, value) in submitted)
        {
            after[name] = value;
        }
        var errors = await validator.ValidateAsync(new TaskCompletion(task.ToView(), node.Properties, after, executor.Now), ct);
        if (errors.Count > 0)
        {
            throw new FormValidationException(errors);
        }
    }
}
