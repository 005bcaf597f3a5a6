namespace Samverkan.Host.Components.Designer;

/// <summary>What the bpmn module's <c>diff(oldXml, newXml)</c> reports between two versions of a process.</summary>
public sealed record DiagramDiff(
    IReadOnlyList<DiffElement> Added,
    IReadOnlyList<DiffElement> Removed,
    IReadOnlyList<ChangedElement> Changed,
    IReadOnlyList<string> LayoutChanged)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0 && LayoutChanged.Count == 0;
}
