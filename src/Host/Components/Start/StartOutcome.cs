using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Start;

/// <summary>What happened when a form started its process: where the instance stands, the answer it gave, the tasks the user can open.</summary>
public sealed record StartOutcome(
    Guid InstanceId,
    string ProcessName,
    string? BusinessKey,
    InstanceStatus Status,
    IReadOnlyList<string> CurrentSteps,
    ProcessAnswer? Answer,
    IReadOnlyList<StartedTask> Tasks,
    IReadOnlyList<Guid> CalledInstanceIds)
{
    /// <summary>Whether a notification about this instance (or one it called) may change what is shown.</summary>
    public bool Concerns(Guid? instanceId) => instanceId is { } id && (id == InstanceId || CalledInstanceIds.Contains(id));
}
