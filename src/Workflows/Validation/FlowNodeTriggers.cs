using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Validation;

internal static class FlowNodeTriggers
{
    /// <summary>The trigger of an event, or null for activities and gateways.</summary>
    public static EventTrigger? TriggerOf(this FlowNode node) => node switch
    {
        StartEvent e => e.Trigger,
        EndEvent e => e.Trigger,
        IntermediateCatchEvent e => e.Trigger,
        IntermediateThrowEvent e => e.Trigger,
        BoundaryEvent e => e.Trigger,
        _ => null,
    };

    /// <summary>Outgoing flows that exist; unknown ids are reported by the flow rules.</summary>
    public static IEnumerable<SequenceFlow> KnownOutgoing(this ProcessModel process, FlowNode node) =>
        process.Flows.Where(f => f.SourceId == node.Id);
}
