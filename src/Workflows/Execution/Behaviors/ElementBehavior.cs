using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>
/// What one node does when a token reaches it, bound once per node when the <see cref="ExecutableProcess"/> is built.
/// The executor owns the agenda and the scopes; it calls these hooks and nothing else that depends on the kind of element.
/// </summary>
internal abstract class ElementBehavior
{
    protected ElementBehavior(FlowNode node, ProcessModel model)
    {
        Node = node;
        Outgoing = node.Outgoing.Select(model.Flow).ToArray();
        Inputs = node.InputParameters;
        Outputs = node.OutputParameters;
    }

    public FlowNode Node { get; }

    /// <summary>The node's outgoing flows, resolved once so leaving the node does not look them up.</summary>
    public IReadOnlyList<SequenceFlow> Outgoing { get; }

    /// <summary>Input parameters the executor sets as local variables before <see cref="ExecuteAsync"/>.</summary>
    public IReadOnlyList<InputParameter> Inputs { get; protected init; }

    /// <summary>Output parameters the executor evaluates in the element's scope and sets in the enclosing one when it completes.</summary>
    public IReadOnlyList<OutputParameter> Outputs { get; protected init; }

    /// <summary>Variables the element itself hands to its enclosing scope as it completes (a multi-instance's output collection).</summary>
    public virtual IReadOnlyDictionary<string, object?>? CompletionVariables(BehaviorContext ctx) => null;

    /// <summary>What the element waits for when an event-based gateway before it arms it; none for most elements.</summary>
    public virtual EventTrigger CatchTrigger => NoneTrigger.Instance;

    /// <summary>A token arrives at the node inside <paramref name="scope"/>: by default it gets its own element instance, executed next.</summary>
    public virtual void Arrive(Executor executor, LoadedInstance instance, ElementInstance scope, string? viaFlow) =>
        executor.Enqueue(OpKind.Execute, instance, executor.Enter(instance, scope, Node.Id));

    /// <summary>Runs the element; failures from expressions, variables and rule sets become incidents in the executor.</summary>
    public abstract ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct);

    /// <summary>
    /// The event of this node arrived for <see cref="BehaviorContext.Element"/> (the subscription's owner), or an error or
    /// escalation was caught by it: catch events continue, boundary events and event subprocesses start.
    /// </summary>
    public virtual void Trigger(BehaviorContext ctx)
    {
    }

    /// <summary>An element that waits on other tokens looks again: a join after an arrival, a multi-instance body after an inner instance.</summary>
    public virtual void Continue(BehaviorContext ctx) =>
        throw new InvalidOperationException($"Element '{Node.Id}' ({Node.Kind}) does not wait for other tokens.");

    /// <summary>Another token in the element's scope ended, which may be what a waiting join was waiting for.</summary>
    public virtual void TokenEnded(BehaviorContext ctx)
    {
    }

    /// <summary>The element is a scope and its last token ended: by default the element completes and takes its outgoing flows.</summary>
    public virtual void ScopeCompleted(BehaviorContext ctx) => ctx.Leave();
}
