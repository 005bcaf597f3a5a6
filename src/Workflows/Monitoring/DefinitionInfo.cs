namespace Samverkan.Workflows.Monitoring;

/// <summary>One deployed version of a process, without its XML.</summary>
public record DefinitionInfo
{
    public Guid Id { get; init; }
    public string Key { get; init; } = "";
    public int Version { get; init; }
    public string? Name { get; init; }
    public string Hash { get; init; } = "";
    public string? Source { get; init; }
    public DateTimeOffset DeployedAt { get; init; }

    /// <summary>What people call the process: its name, or its key when it has none.</summary>
    public string DisplayName => Name ?? Key;
}
