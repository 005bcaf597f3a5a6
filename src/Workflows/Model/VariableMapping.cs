namespace Samverkan.Workflows.Model;

/// <summary>camunda:in / camunda:out of a call activity.</summary>
public sealed record VariableMapping
{
    /// <summary>variables="all": copy every variable.</summary>
    public bool All { get; init; }
    public string? Source { get; init; }
    public string? SourceExpression { get; init; }
    public string? Target { get; init; }
    public bool BusinessKey { get; init; }
    /// <summary>On an out mapping: set as local variables of the call activity (Camunda 8 without propagateAllChildVariables), readable by its output parameters.</summary>
    public bool Local { get; init; }
    public int Line { get; init; }
}
