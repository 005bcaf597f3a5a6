namespace Samverkan.Host.Components.Designer;

/// <summary>What the bpmn viewer's <c>updateHighlights</c> draws: a badge with a number on active and incident elements, completed ones muted.</summary>
public sealed record DiagramHighlights(
    IReadOnlyDictionary<string, int> Active,
    IReadOnlyList<string> Completed,
    IReadOnlyDictionary<string, int> Incidents);
