using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>An intermediate timer, message or signal catch event: the token waits for the event, then moves on.</summary>
internal sealed class IntermediateCatchEventBehavior(IntermediateCatchEvent node, ProcessModel model)
    : CatchBehavior(node, node.Trigger, model);
