using Samverkan.Workflows.Execution;

namespace Samverkan.Workflows;

/// <summary>Settings for <see cref="WorkflowsServiceCollectionExtensions.AddWorkflows"/>.</summary>
public sealed class WorkflowsOptions
{
    /// <summary>SQLite connection string, e.g. "Data Source=samverkan.db".</summary>
    public string ConnectionString { get; set; } = "Data Source=samverkan.db";

    public EngineOptions Engine { get; } = new();
}
