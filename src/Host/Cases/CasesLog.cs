namespace Samverkan.Host.Cases;

/// <summary>What the case services did, as structured events: ids and counts only, never a personnummer or a name.</summary>
public sealed partial class CasesLog(ILogger<CasesLog> logger)
{
    private readonly ILogger _logger = logger;

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} registered (with an individual: {WithPerson})")]
    public partial void CaseCreated(Guid caseId, bool withPerson);

    [LoggerMessage(Level = LogLevel.Information, Message = "Consent {ConsentId} registered on case {CaseId}")]
    public partial void ConsentGiven(Guid consentId, Guid caseId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Consent {ConsentId} withdrawn")]
    public partial void ConsentWithdrawn(Guid consentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Withdrawal of consent {ConsentId} sent to the processes of {CaseCount} cases; {InstanceCount} instances were waiting for it")]
    public partial void ProcessesTold(Guid consentId, int caseCount, int instanceCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Withdrawal of consent {ConsentId} not yet sent to its processes ({Reason}); tried again later")]
    public partial void ProcessesNotTold(Guid consentId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "SIP plan version {Version} of instance {InstanceId} saved on case {CaseId}")]
    public partial void PlanVersionSaved(Guid caseId, Guid instanceId, int version);

    [LoggerMessage(Level = LogLevel.Error, Message = "The SIP plan of task {TaskId} could not be saved as a version")]
    public partial void PlanVersionFailed(Exception error, Guid taskId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The SIP plan versions a stop may have lost could not be looked for at start-up")]
    public partial void PlanCatchUpFailed(Exception error);
}
