namespace Samverkan.Host.Components.Start;

/// <summary>An open task of the started instance (or of a process it called) that the user may open.</summary>
public sealed record StartedTask(Guid Id, string Name, string ProcessName, string? Assignee);
