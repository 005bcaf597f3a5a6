namespace Samverkan.Workflows.Abstractions;

/// <summary>
/// Checks a user task's completion beyond its form fields, e.g. against the rule sets its properties name.
/// Called for user tasks that have camunda:properties, before anything changes; errors refuse the completion
/// as a <see cref="FormValidationException"/>. May be called more than once for one completion.
/// </summary>
public interface ITaskCompletionValidator
{
    /// <summary>The problems that refuse this completion; empty when it may go ahead.</summary>
    Task<IReadOnlyList<FieldError>> ValidateAsync(TaskCompletion completion, CancellationToken ct);
}
