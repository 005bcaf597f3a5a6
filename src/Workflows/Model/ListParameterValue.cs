namespace Samverkan.Workflows.Model;

/// <summary>camunda:list: a list of values.</summary>
public sealed record ListParameterValue(IReadOnlyList<ParameterValue> Items) : ParameterValue;
