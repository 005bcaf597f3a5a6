namespace Samverkan.Rules.Parameters;

/// <summary>A value, or a change request, that does not fit the parameter; the message says why.</summary>
public sealed class InvalidParameterValueException(string name, string message) : Exception($"Parameter '{name}': {message}")
{
    public string Name { get; } = name;
}
