namespace Samverkan.Workflows.Model;

/// <summary>camunda:map: an object whose members are the entries' keys.</summary>
public sealed record MapParameterValue(IReadOnlyList<KeyValuePair<string, ParameterValue>> Entries) : ParameterValue;
