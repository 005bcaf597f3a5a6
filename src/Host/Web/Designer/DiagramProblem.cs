namespace Samverkan.Host.Web.Designer;

/// <summary>One validation finding for the modeler: the element it concerns (null: the file as a whole) and a message.</summary>
public sealed record DiagramProblem(string? ElementId, string Message, int Line, bool IsError);
