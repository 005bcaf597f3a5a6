namespace Samverkan.Workflows.Model;

/// <summary>A parsed BPMN file: its executable processes and the messages, signals and errors it declares.</summary>
public sealed record BpmnDocument
{
    public required IReadOnlyList<ProcessModel> Processes { get; init; }
    /// <summary>Elements the engine recognised but does not execute; the parser has already reported each as an error.</summary>
    public IReadOnlyList<UnsupportedElement> Unsupported { get; init; } = [];
}

public sealed record UnsupportedElement(string ElementId, int Line, string Message);
