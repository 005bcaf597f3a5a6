using Samverkan.Workflows.Execution.Records;

namespace Samverkan.Host.Web.Start;

/// <summary>What happened when a form started its process: where the instance stands, the answer it gave, the tasks the user can open.</summary>
public sealed record StartOutcome(
    Guid InstanceId,
    string ProcessName,
    string? BusinessKey,
    InstanceStatus Status,
    IReadOnlyList<string> CurrentSteps,
    ProcessAnswer? Answer,
    IReadOnlyList<StartedTask> Tasks);

/// <summary>An open task of the started instance (or of a process it called) that the user may open.</summary>
public sealed record StartedTask(Guid Id, string Name, string ProcessName, string? Assignee);
