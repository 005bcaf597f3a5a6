namespace Samverkan.Workflows.Model;

/// <summary>A directed connection between two nodes, optionally guarded by a condition expression.</summary>
public sealed record SequenceFlow
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public int Line { get; init; }
    public required string SourceId { get; init; }
    public required string TargetId { get; init; }
    public string? Condition { get; init; }

    /// <summary>Execution listeners with event="take", told as a token takes the flow.</summary>
    public IReadOnlyList<Listener> Listeners { get; init; } = [];
}
