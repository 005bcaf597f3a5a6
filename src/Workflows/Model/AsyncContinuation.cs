namespace Samverkan.Workflows.Model;

/// <summary>
/// The savepoints a designer put on a node (camunda:asyncBefore, camunda:asyncAfter) and how the jobs that
/// continue from them are run: one at a time per instance (camunda:exclusive) and retried per
/// camunda:failedJobRetryTimeCycle.
/// </summary>
public sealed record AsyncContinuation
{
    /// <summary>A token arriving at the node is parked in a job before the node runs.</summary>
    public bool Before { get; init; }

    /// <summary>After the node completes, the token is parked in a job before it takes the outgoing flows.</summary>
    public bool After { get; init; }

    /// <summary>Jobs of one instance run one at a time, in the order they were parked (Camunda's default).</summary>
    public bool Exclusive { get; init; } = true;

    /// <summary>The node's camunda:failedJobRetryTimeCycle; null means the engine's default.</summary>
    public RetryCycle? RetryCycle { get; init; }
}
