namespace Samverkan.Host.Api;

/// <summary>
/// What the API did, as structured events. Ids, keys and counts only: business keys, user names and
/// variables may be personal data and never reach the log.
/// </summary>
internal sealed partial class ApiLog(ILogger<ApiLog> logger)
{
    private readonly ILogger _logger = logger;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Request refused with {StatusCode} ({Reason})")]
    public partial void Refused(int statusCode, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Definition {DefinitionKey} version {Version} {Outcome}")]
    public partial void Deployed(string definitionKey, int version, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deployment refused with {ErrorCount} errors")]
    public partial void DeploymentRefused(int errorCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Started instance {InstanceId} of {DefinitionKey} version {Version}")]
    public partial void InstanceStarted(Guid instanceId, string definitionKey, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cancelled instance {InstanceId}")]
    public partial void InstanceCancelled(Guid instanceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} {Change}")]
    public partial void TaskChanged(Guid taskId, string change);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageName} reached {InstanceCount} instances (started one: {StartedInstance})")]
    public partial void MessageCorrelated(string messageName, int instanceCount, bool startedInstance);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signal {SignalName} reached {InstanceCount} instances")]
    public partial void SignalBroadcast(string signalName, int instanceCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {WorkerId} locked {TaskCount} external tasks")]
    public partial void ExternalTasksLocked(string workerId, int taskCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "External task {ExternalTaskId} {Outcome}")]
    public partial void ExternalTaskReported(Guid externalTaskId, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId} retried")]
    public partial void IncidentRetried(Guid incidentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rule set {RuleSet} version {Version} {Outcome}")]
    public partial void RuleSetSaved(string ruleSet, int version, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Parameter {Parameter} changed (change {ChangeId}, effective {EffectiveFrom})")]
    public partial void ParameterChanged(string parameter, long changeId, DateTimeOffset? effectiveFrom);
}
