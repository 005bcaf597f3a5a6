namespace Samverkan.Workflows.Monitoring;

/// <summary>One deployed version of a process with the BPMN XML it was deployed from.</summary>
public sealed record DefinitionDetail : DefinitionInfo
{
    public string Xml { get; init; } = "";
}
