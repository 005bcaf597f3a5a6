namespace Samverkan.Host.Components.Designer;

/// <summary>An element added or removed: its id, name and BPMN type (e.g. <c>bpmn:UserTask</c>).</summary>
public sealed record DiffElement(string Id, string? Name, string Type);
