using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Execution;

public sealed partial class ProcessEngine
{
    // Call activities nest a few levels; a longer chain than this is a loop in stored data, not a process.
    private const int MaxCallDepth = 32;

    /// <summary>Asks the input validator (if any) about variables from outside for an instance that exists.</summary>
    private Task CheckInputAsync(InstanceRecord instance, IReadOnlyDictionary<string, object?> variables, CancellationToken ct) =>
        CheckInputAsync(instance.BusinessKey, instance.ParentInstanceId, variables, ct);

    /// <summary>Asks the input validator (if any) about variables from outside; its errors refuse the call before anything changes.</summary>
    private async Task CheckInputAsync(string? businessKey, Guid? parentInstanceId, IReadOnlyDictionary<string, object?> variables, CancellationToken ct)
    {
        if (_core.InputValidator is not { } validator || variables.Count == 0)
        {
            return;
        }
        var keys = new List<string?> { businessKey };
        for (var parent = parentInstanceId; parent is { } id && keys.Count < MaxCallDepth;)
        {
            var caller = await _core.Store.GetInstanceAsync(id, ct);
            if (caller is null)
            {
                break;
            }
            keys.Add(caller.BusinessKey);
            parent = caller.ParentInstanceId;
        }
        var errors = await validator.ValidateAsync(new VariableInput(keys, variables), ct);
        if (errors.Count > 0)
        {
            throw new FormValidationException(errors);
        }
    }
}
