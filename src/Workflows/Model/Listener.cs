namespace Samverkan.Workflows.Model;

/// <summary>When a listener is told: an execution listener's start, end or take, a task listener's create, assignment or complete.</summary>
public enum ListenerEvent
{
    Start,
    End,
    Take,
    Create,
    Assignment,
    Complete,
}

/// <summary>
/// A camunda:executionListener or camunda:taskListener: a named <c>IListenerHandler</c> (<see cref="Handler"/>, from
/// <c>delegateExpression="${name}"</c>) or a Samverkan expression evaluated for its value (<see cref="Expression"/>),
/// which has no side effects and so serves as a check that fails the step when it throws.
/// </summary>
public sealed record Listener(ListenerEvent Event, string? Handler, string? Expression, int Line)
{
    /// <summary>A Camunda 8 zeebe:executionListener: the job type an external worker fetches; the element waits until it is completed.</summary>
    public string? JobType { get; init; }

    /// <summary>Attempts of the zeebe listener's job (its retries attribute, 3 by default as in Camunda 8).</summary>
    public int Retries { get; init; } = 3;
}
