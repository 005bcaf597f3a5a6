using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>
    /// A message or signal with variables arrives for <paramref name="owner"/>. Its variables go where they already
    /// live, else on the process; when the catching event has Camunda 8 output mappings they are local to the event's
    /// instance instead, so its outputs alone decide what reaches the enclosing scope.
    /// </summary>
    public void OnEvent(LoadedInstance instance, ElementInstance owner, FlowNode eventNode, IReadOnlyDictionary<string, object?> payload)
    {
        if (payload.Count == 0)
        {
            OnEvent(instance, owner, eventNode);
            return;
        }
        if (!eventNode.LocalResults)
        {
            SetVariables(instance, instance.State.Root, payload);
            OnEvent(instance, owner, eventNode);
            return;
        }
        if (owner.ElementId == eventNode.Id)
        {
            // An intermediate catch event leaves at once: its variables must be there first.
            SetLocal(owner, payload);
            OnEvent(instance, owner, eventNode);
            return;
        }
        // A boundary event, an event subprocess's start or an event-based gateway's branch: the event's instance is
        // entered by the trigger and executed later, so its variables are set as soon as it exists.
        var before = instance.State.NextId;
        OnEvent(instance, owner, eventNode);
        var caught = instance.State.Elements.LastOrDefault(e => e.Id >= before && e.ElementId == eventNode.Id);
        if (caught is null)
        {
            SetVariables(instance, instance.State.Root, payload);
            return;
        }
        SetLocal(caught, payload);
    }

    /// <summary>Starts an instance at a message or signal start event whose variables stay local to it (it has output mappings).</summary>
    public void Start(LoadedInstance instance, StartEvent start, IReadOnlyDictionary<string, object?> payload)
    {
        var before = instance.State.NextId;
        Start(instance, start);
        var caught = instance.State.Elements.LastOrDefault(e => e.Id >= before && e.ElementId == start.Id);
        if (caught is null)
        {
            // Parked before the start event (asyncBefore): nothing local to hold them, so they go on the process.
            SetVariables(instance, instance.State.Root, payload);
            return;
        }
        SetLocal(caught, payload);
    }

    private static void SetLocal(ElementInstance element, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var (name, value) in variables)
        {
            (element.Variables ??= new Dictionary<string, object?>(StringComparer.Ordinal))[name] = value;
        }
    }
}
