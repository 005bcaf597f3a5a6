namespace Samverkan.Workflows.Model;

/// <summary>Any node that does work; it may loop as a multi-instance and carry boundary events.</summary>
public abstract record Activity : FlowNode
{
    public MultiInstance? MultiInstance { get; init; }
    public IReadOnlyList<string> BoundaryEventIds { get; init; } = [];
    /// <summary>isForCompensation="true": runs only as the compensation handler of another activity, never by a sequence flow.</summary>
    public bool IsForCompensation { get; init; }
    /// <summary>The handler associated with this activity's compensation boundary event, or null.</summary>
    public string? CompensationHandlerId { get; init; }
}

/// <summary>task and manualTask: pass straight through.</summary>
public sealed record PassThroughTask : Activity
{
    public bool IsManual { get; init; }
    public override string Kind => IsManual ? "manualTask" : "task";
}

public sealed record UserTask : Activity
{
    /// <summary>Literal user id or ${expression}.</summary>
    public string? Assignee { get; init; }
    /// <summary>Comma-separated literals, or an ${expression} giving a string or a list.</summary>
    public string? CandidateGroups { get; init; }
    public string? CandidateUsers { get; init; }
    public string? DueDate { get; init; }
    public string? FollowUpDate { get; init; }
    public string? Priority { get; init; }
    public string? FormKey { get; init; }
    public IReadOnlyList<FormField> FormFields { get; init; } = [];
    /// <summary>camunda:properties by name, e.g. <c>completionRuleSet</c>; the engine hands them to its completion validator.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
    public override string Kind => "userTask";
}

public enum ServiceImplementation
{
    /// <summary>camunda:type="external": fetched and completed by an external worker.</summary>
    External,
    /// <summary>camunda:delegateExpression="${name}": a handler registered under that name.</summary>
    Handler,
}

/// <summary>serviceTask and sendTask.</summary>
public sealed record ServiceTask : Activity
{
    public bool IsSend { get; init; }
    public required ServiceImplementation Implementation { get; init; }
    /// <summary>The external topic, or the handler name.</summary>
    public required string Target { get; init; }
    /// <summary>zeebe:taskDefinition retries: attempts before an incident; null takes the engine's default.</summary>
    public int? Retries { get; init; }
    /// <summary>zeebe:taskHeaders: static key/value pairs for the worker.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
    public override string Kind => IsSend ? "sendTask" : "serviceTask";
}

public sealed record ReceiveTask : Activity
{
    public required string MessageName { get; init; }
    /// <summary>zeebe:subscription correlationKey of the message: an expression a correlation's key must equal.</summary>
    public string? CorrelationKey { get; init; }
    public override string Kind => "receiveTask";
}

public sealed record BusinessRuleTask : Activity
{
    public required string DecisionRef { get; init; }
    public string? ResultVariable { get; init; }
    public override string Kind => "businessRuleTask";
}

/// <summary>An embedded subprocess, an event subprocess when <see cref="TriggeredByEvent"/>, a transaction when <see cref="IsTransaction"/>.</summary>
public sealed record SubProcess : Activity
{
    public bool TriggeredByEvent { get; init; }
    /// <summary>bpmn:transaction: a cancel end event inside compensates what completed in it and leaves by its cancel boundary event.</summary>
    public bool IsTransaction { get; init; }
    public override string Kind => IsTransaction ? "transaction" : "subProcess";
}

public enum CalledElementBinding
{
    Latest,
    Version,
}

public sealed record CallActivity : Activity
{
    public required string CalledElement { get; init; }
    public CalledElementBinding Binding { get; init; } = CalledElementBinding.Latest;
    public int? Version { get; init; }
    public IReadOnlyList<VariableMapping> In { get; init; } = [];
    public IReadOnlyList<VariableMapping> Out { get; init; } = [];
    public override string Kind => "callActivity";
}
