namespace Samverkan.Workflows.Model;

/// <summary>A camunda:inputParameter: a variable local to the activity, set when it starts.</summary>
public sealed record InputParameter
{
    public required string Name { get; init; }
    public required ParameterValue Value { get; init; }
    public int Line { get; init; }
}
