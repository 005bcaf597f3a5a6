namespace Samverkan.Workflows.Model;

/// <summary>The value of an input parameter: text (a literal or an ${expression}), a camunda:list or a camunda:map.</summary>
public abstract record ParameterValue;
