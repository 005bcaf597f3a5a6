namespace Samverkan.Workflows.Model;

public sealed record StartEvent : FlowNode
{
    public EventTrigger Trigger { get; init; } = NoneTrigger.Instance;

    /// <summary>Only meaningful for start events of event subprocesses.</summary>
    public bool IsInterrupting { get; init; } = true;

    public override string Kind => "startEvent";
}

public sealed record EndEvent : FlowNode
{
    public EventTrigger Trigger { get; init; } = NoneTrigger.Instance;
    /// <summary>The job that sends a message end event's message.</summary>
    public JobDefinition? Job { get; init; }
    public override string Kind => "endEvent";
}

public sealed record IntermediateCatchEvent : FlowNode
{
    public required EventTrigger Trigger { get; init; }
    public override string Kind => "intermediateCatchEvent";
}

public sealed record IntermediateThrowEvent : FlowNode
{
    public EventTrigger Trigger { get; init; } = NoneTrigger.Instance;
    /// <summary>The job that sends a message throw event's message.</summary>
    public JobDefinition? Job { get; init; }
    public override string Kind => "intermediateThrowEvent";
}

public sealed record BoundaryEvent : FlowNode
{
    public required string AttachedToId { get; init; }
    public bool CancelActivity { get; init; } = true;
    public required EventTrigger Trigger { get; init; }
    public override string Kind => "boundaryEvent";
}
