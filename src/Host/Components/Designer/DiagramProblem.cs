namespace Samverkan.Host.Components.Designer;

/// <summary>One validation finding for the modeler: the element it concerns (null: the file as a whole) and a message.</summary>
public sealed record DiagramProblem(string? ElementId, string Message, int Line, bool IsError, string? ElementName = null)
{
    /// <summary>The element as the designer knows it: its name with its id, or the id alone.</summary>
    public string? Element => ElementName is { } name ? $"{name} ({ElementId})" : ElementId;
}
