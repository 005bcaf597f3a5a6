using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Tests.Persistence;

/// <summary>Rows with sensible defaults for the store tests.</summary>
internal static class Records
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public static InstanceRecord Instance(DateTimeOffset? startedAt = null, string? businessKey = null) => new()
    {
        Id = Guid.NewGuid(),
        DefinitionId = Guid.NewGuid(),
        DefinitionKey = "order",
        DefinitionVersion = 1,
        BusinessKey = businessKey,
        Status = InstanceStatus.Active,
        StartedAt = startedAt ?? T0,
        State = "{\"step\": 1}",
    };

    public static DefinitionRecord Definition(string key, int version, string? startMessages = null) => new()
    {
        Id = Guid.NewGuid(),
        Key = key,
        Version = version,
        Xml = "<definitions/>",
        Hash = "h" + version,
        DeployedAt = T0,
        StartMessages = startMessages,
    };

    public static UserTaskRecord Task(Guid instanceId, string? assignee = null, string groups = "", string users = "",
        DateTimeOffset? due = null, UserTaskStatus status = UserTaskStatus.Open) => new()
    {
        Id = Guid.NewGuid(),
        InstanceId = instanceId,
        ElementId = "review",
        DefinitionKey = "order",
        Status = status,
        Assignee = assignee,
        CandidateGroups = groups,
        CandidateUsers = users,
        DueAt = due,
        CreatedAt = T0,
    };

    public static TimerRecord Timer(DateTimeOffset dueAt, TimerStatus status = TimerStatus.Pending) => new()
    {
        Id = Guid.NewGuid(),
        DefinitionId = Guid.NewGuid(),
        ElementId = "timer",
        DueAt = dueAt,
        Kind = TimerKind.Duration,
        Spec = "PT5M",
        Status = status,
        CreatedAt = T0,
    };

    public static JobRecord Job(Guid instanceId, JobKind kind, string target, JobStatus status = JobStatus.Pending,
        DateTimeOffset? createdAt = null) => new()
    {
        Id = Guid.NewGuid(),
        InstanceId = instanceId,
        ElementId = "send",
        Kind = kind,
        Target = target,
        Status = status,
        CreatedAt = createdAt ?? T0,
    };

    public static SubscriptionRecord Subscription(SubscriptionKind kind, string name, string? businessKey, DateTimeOffset createdAt) => new()
    {
        Id = Guid.NewGuid(),
        InstanceId = Guid.NewGuid(),
        ElementId = "catch",
        Kind = kind,
        Name = name,
        BusinessKey = businessKey,
        CreatedAt = createdAt,
    };

    public static IncidentRecord Incident(Guid instanceId, DateTimeOffset createdAt) => new()
    {
        Id = Guid.NewGuid(),
        InstanceId = instanceId,
        ElementId = "send",
        Type = "JobFailed",
        Message = "boom",
        CreatedAt = createdAt,
    };

    public static HistoryRecord History(Guid instanceId, string type) => new()
    {
        InstanceId = instanceId,
        At = T0,
        Type = type,
    };
}
