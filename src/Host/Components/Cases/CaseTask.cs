using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Cases;

/// <summary>An open task of the case with the name of its process.</summary>
public sealed record CaseTask(UserTaskView Task, string Process);
