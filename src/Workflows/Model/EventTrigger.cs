namespace Samverkan.Workflows.Model;

/// <summary>What an event waits for or throws; <see cref="NoneTrigger"/> when it has no event definition.</summary>
public abstract record EventTrigger;

public sealed record NoneTrigger : EventTrigger
{
    public static NoneTrigger Instance { get; } = new();
}

public sealed record TimerTrigger(TimerKind TimerKind, string Value) : EventTrigger;

/// <param name="CorrelationKey">zeebe:subscription correlationKey: an expression a correlation's key must equal.</param>
public sealed record MessageTrigger(string MessageName, string? CorrelationKey = null) : EventTrigger;

public sealed record SignalTrigger(string SignalName) : EventTrigger;

/// <summary>An error; a null code catches any error.</summary>
public sealed record ErrorTrigger(string? ErrorCode, string? ErrorName = null) : EventTrigger;

/// <summary>An escalation; a null code catches any escalation.</summary>
public sealed record EscalationTrigger(string? EscalationCode, string? EscalationName = null) : EventTrigger;

public sealed record TerminateTrigger : EventTrigger
{
    public static TerminateTrigger Instance { get; } = new();
}
