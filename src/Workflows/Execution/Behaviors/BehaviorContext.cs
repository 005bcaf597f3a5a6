using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>One element instance a behaviour works on, with the executor's helpers bound to it.</summary>
internal readonly record struct BehaviorContext(Executor Executor, LoadedInstance Instance, ElementInstance Element)
{
    public ExecutableProcess Process => Instance.Process;
    public DateTimeOffset Now => Executor.Now;

    /// <summary>The scope the element instance runs in; only the process instance itself has none.</summary>
    public ElementInstance Scope => Executor.ParentOf(Instance, Element)!;

    public VariableView Variables(IReadOnlyDictionary<string, object?>? extra = null) => Executor.Variables(Instance, Element, extra);

    public void Wait() => Element.State = ElementState.Waiting;

    public void Leave() => Executor.Leave(Instance, Element);

    public void Complete() => Executor.Complete(Instance, Element);

    public void Enqueue(OpKind kind) => Executor.Enqueue(kind, Instance, Element);

    public void Subscribe(FlowNode eventNode, EventTrigger trigger) => Executor.Subscribe(Instance, Element, eventNode, trigger);

    /// <summary>Arms the activity's boundary events, unless it is an inner instance of a multi-instance (its body owns them).</summary>
    public void SubscribeBoundaries() =>
        Executor.SubscribeBoundaries(Instance, Element, isInner: Executor.ParentOf(Instance, Element) is { IsMultiInstanceBody: true });

    public void RaiseIncident(string type, string message, OpKind retry = OpKind.Execute) =>
        Executor.RaiseIncident(Instance, Element, type, message, retry);

    public void History(string type, string? detail) => Executor.History(Instance, type, Element.ElementId, Element.Id, detail);
}
