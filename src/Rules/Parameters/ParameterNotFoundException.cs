namespace Samverkan.Rules.Parameters;

/// <summary>No parameter has the given name.</summary>
public sealed class ParameterNotFoundException(string name) : Exception($"There is no parameter named '{name}'.")
{
    public string Name { get; } = name;
}
