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

/// <summary>An element added or removed: its id, name and BPMN type (e.g. <c>bpmn:UserTask</c>).</summary>
public sealed record DiffElement(string Id, string? Name, string Type);

/// <summary>An element in both versions whose attributes differ.</summary>
public sealed record ChangedElement(string Id, string? Name, string Type, IReadOnlyList<AttributeChange> Attrs);

/// <summary>One attribute (a property path) and its value before and after; null when absent.</summary>
public sealed record AttributeChange(string Name, string? OldValue, string? NewValue);
