namespace Samverkan.Workflows.Storage;

/// <summary>One deployed version of a process definition, with the XML it was deployed from.</summary>
internal sealed class DefinitionRecord
{
    public Guid Id { get; set; }
    public string Key { get; set; } = "";
    public int Version { get; set; }
    public string? Name { get; set; }
    public string Xml { get; set; } = "";
    public string Hash { get; set; } = "";
    public string? Source { get; set; }
    public DateTimeOffset DeployedAt { get; set; }
    /// <summary>Message names of the definition's message start events, comma-separated, for correlation.</summary>
    public string? StartMessages { get; set; }
}
