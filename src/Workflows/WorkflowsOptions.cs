using Samverkan.Workflows.Execution;

namespace Samverkan.Workflows;

/// <summary>Settings for <see cref="WorkflowsServiceCollectionExtensions.AddWorkflows"/>.</summary>
public sealed class WorkflowsOptions
{
    public EngineOptions Engine { get; } = new();
}
