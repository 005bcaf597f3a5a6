namespace Samverkan.Workflows.Model;

/// <summary>A camunda:outputParameter or zeebe:output: evaluated in the activity's scope when it completes, set in the enclosing scope.</summary>
public sealed record OutputParameter
{
    public required string Name { get; init; }
    public required ParameterValue Value { get; init; }
    public int Line { get; init; }
}
