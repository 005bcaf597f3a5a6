namespace Samverkan.Workflows.Abstractions;

/// <summary>
/// Code behind a listener's <c>delegateExpression="${name}"</c> (camunda:executionListener, camunda:taskListener).
/// Runs inside the trigger, before it commits: keep it quick, and idempotent, since a trigger that meets a concurrent
/// change starts over and tells the listener again. Throwing fails the step (an incident, or the refused call).
/// </summary>
public interface IListenerHandler
{
    /// <summary>The name used in the BPMN file.</summary>
    string Name { get; }

    /// <summary>Returns variables to set where they live (else on the process instance); null for none.</summary>
    Task<IReadOnlyDictionary<string, object?>?> NotifyAsync(ListenerContext context, CancellationToken ct);
}

/// <summary>What a listener is told: the element, the event ("start", "end", "take", "create", "assignment", "complete"), the task if any, and the variables it sees.</summary>
public sealed record ListenerContext(
    Guid InstanceId,
    string? BusinessKey,
    string ElementId,
    string Event,
    Guid? TaskId,
    IReadOnlyDictionary<string, object?> Variables);
