namespace Samverkan.Workflows.VersionMigration;

/// <summary>
/// The stable codes of a migration report: why an instance cannot move to the target version, or what moving it will do.
/// APIs return them as they are; the web application says each in Swedish.
/// </summary>
public static class MigrationCodes
{
    /// <summary>The plan maps from an element the source version does not have.</summary>
    public const string SourceElementMissing = "source-element-missing";
    /// <summary>The plan maps to an element the target version does not have.</summary>
    public const string TargetElementMissing = "target-element-missing";
    /// <summary>The plan maps two source elements onto one target element.</summary>
    public const string TargetMappedTwice = "target-mapped-twice";
    /// <summary>A token waits at (or inside) an element the plan does not map to the target version.</summary>
    public const string UnmappedElement = "unmapped-element";
    /// <summary>An element is mapped to one of another kind (a user task to a gateway, a timer event to a message event).</summary>
    public const string ElementKindChanged = "element-kind-changed";
    /// <summary>A waiting element would land in another subprocess than the one its token is in.</summary>
    public const string ScopeChanged = "scope-changed";
    /// <summary>A join gateway has counted arrivals on sequence flows the target version does not lead into it.</summary>
    public const string FlowUnmapped = "flow-unmapped";
    /// <summary>A multi-instance activity is running; its iterations cannot move.</summary>
    public const string MultiInstanceInProgress = "multi-instance-in-progress";
    /// <summary>A call activity waits for the instance it started; migrate when it has returned.</summary>
    public const string CallActivityInProgress = "call-activity-in-progress";
    /// <summary>The instance was started by a call activity; it moves with its own process's versions only by itself.</summary>
    public const string CalledInstance = "called-instance";
    /// <summary>A variable holds a value the target version's form declares with another type.</summary>
    public const string VariableTypeChanged = "variable-type-changed";
    /// <summary>Warning: a boundary or event-subprocess event the token waits for is gone in the target; its timer or subscription is cancelled.</summary>
    public const string EventRemoved = "event-removed";
    /// <summary>Information: the target version adds an event the token will wait for; its timer or subscription is armed.</summary>
    public const string EventAdded = "event-added";
    /// <summary>The instance has ended.</summary>
    public const string InstanceEnded = "instance-ended";
    /// <summary>The instance does not run the plan's source version.</summary>
    public const string WrongVersion = "wrong-version";
}
