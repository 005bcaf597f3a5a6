namespace Samverkan.Workflows.Model;

/// <summary>A link: a throw event continues at the catch event of the same name in its scope.</summary>
public sealed record LinkTrigger(string LinkName) : EventTrigger;

/// <summary>Which variable changes make a conditional event look at its condition again.</summary>
[Flags]
public enum VariableEvents
{
    None = 0,
    Create = 1,
    Update = 2,
    Delete = 4,
    Any = Create | Update | Delete,
}

/// <summary>
/// A conditional event: fires when <see cref="Condition"/> holds, looked at when the subscription opens and when variables
/// change; only changes of <see cref="VariableName"/> (camunda:variableName) and of the kinds in <see cref="Events"/>
/// (camunda:variableEvents) count when they are given.
/// </summary>
public sealed record ConditionalTrigger(string Condition, string? VariableName = null, VariableEvents Events = VariableEvents.Any) : EventTrigger;
