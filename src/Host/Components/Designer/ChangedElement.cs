namespace Samverkan.Host.Components.Designer;

/// <summary>An element in both versions whose attributes differ.</summary>
public sealed record ChangedElement(string Id, string? Name, string Type, IReadOnlyList<AttributeChange> Attrs);
