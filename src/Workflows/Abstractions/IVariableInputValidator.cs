namespace Samverkan.Workflows.Abstractions;

/// <summary>
/// Checks variables that arrive from outside (a start, a completed task, a message, a signal, an external task,
/// variables set through the API) before anything changes; errors refuse the call as a
/// <see cref="FormValidationException"/>. Not called for variables the process computes itself.
/// </summary>
public interface IVariableInputValidator
{
    /// <summary>The problems that refuse these values; empty when they may be stored.</summary>
    Task<IReadOnlyList<FieldError>> ValidateAsync(VariableInput input, CancellationToken ct);
}
