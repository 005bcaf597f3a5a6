using Samverkan.Workflows.Abstractions;

namespace Samverkan.Workflows.Execution;

/// <summary>Submitted form values broke the task's form rules; nothing was changed.</summary>
public sealed class FormValidationException(IReadOnlyList<FieldError> errors)
    : EngineException(EngineErrorKind.Invalid, "The form has errors: " + string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
