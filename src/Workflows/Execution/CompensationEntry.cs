namespace Samverkan.Workflows.Execution;

/// <summary>
/// A completed activity that can still be compensated, kept in its scope's element instance in completion order:
/// its local variables as they were when it completed, and for a subprocess what inside it can be compensated.
/// </summary>
internal sealed class CompensationEntry
{
    public string ElementId { get; set; } = "";
    public Dictionary<string, object?>? Variables { get; set; }
    public List<CompensationEntry>? Inner { get; set; }
}
