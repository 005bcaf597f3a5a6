namespace Samverkan.Workflows.Execution;

/// <summary>The kinds of history entry the engine writes.</summary>
public static class HistoryTypes
{
    public const string InstanceStarted = "InstanceStarted";
    public const string InstanceCompleted = "InstanceCompleted";
    public const string InstanceCancelled = "InstanceCancelled";
    public const string ElementEntered = "ElementEntered";
    public const string ElementCompleted = "ElementCompleted";
    public const string ElementTerminated = "ElementTerminated";
    public const string TaskCreated = "TaskCreated";
    public const string TaskClaimed = "TaskClaimed";
    public const string TaskUnclaimed = "TaskUnclaimed";
    public const string TaskCompleted = "TaskCompleted";
    public const string TimerFired = "TimerFired";
    public const string MessageCorrelated = "MessageCorrelated";
    public const string SignalReceived = "SignalReceived";
    public const string ErrorThrown = "ErrorThrown";
    public const string EscalationThrown = "EscalationThrown";
    public const string ConditionMet = "ConditionMet";
    /// <summary>A compensation throw event was reached; the detail is its activityRef, if any.</summary>
    public const string CompensationThrown = "CompensationThrown";
    /// <summary>A compensation handler (or compensation event subprocess) started; the detail is the activity it compensates.</summary>
    public const string CompensationStarted = "CompensationStarted";
    /// <summary>A cancel end event cancelled its transaction.</summary>
    public const string TransactionCancelled = "TransactionCancelled";
    public const string DecisionEvaluated = "DecisionEvaluated";
    public const string JobFailed = "JobFailed";
    /// <summary>A token waits at an asynchronous savepoint (detail "before" or "after" the element) for its job.</summary>
    public const string AsyncSavepoint = "AsyncSavepoint";
    public const string IncidentCreated = "IncidentCreated";
    public const string IncidentResolved = "IncidentResolved";
    public const string VariablesSet = "VariablesSet";
    /// <summary>An operator suspended the instance; the detail is the reason and who.</summary>
    public const string InstanceSuspended = "InstanceSuspended";
    /// <summary>An operator resumed a suspended instance; the detail is the reason and who.</summary>
    public const string InstanceResumed = "InstanceResumed";
    /// <summary>The instance moved to another version of its process; the detail names the versions, the mapping used and who.</summary>
    public const string InstanceMigrated = "InstanceMigrated";
    /// <summary>An operator moved a token (cancelled it at one element, started one before or after another); the detail says which, why and who.</summary>
    public const string TokenMoved = "TokenMoved";
    /// <summary>An operator changed a variable by hand; the detail names it, the reason and who.</summary>
    public const string VariableChanged = "VariableChanged";
}
