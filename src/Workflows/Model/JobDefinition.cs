namespace Samverkan.Workflows.Model;

/// <summary>How a message throw event sends its message: a job for an external worker or a registered handler, as a send task.</summary>
public sealed record JobDefinition
{
    public required ServiceImplementation Implementation { get; init; }
    /// <summary>The external topic (zeebe:taskDefinition type), or the handler name.</summary>
    public required string Target { get; init; }
    public int? Retries { get; init; }
}
