using Samverkan.Workflows.Abstractions;

/// <summary>The durable store to measure; filled in once the EF Core store is available.</summary>
internal sealed record DurableStore(string Name, IWorkflowStore Store)
{
    public static DurableStore? Create() => null;
}
