namespace Samverkan.Rules.Parameters;

/// <summary>A value, or a change request, that does not fit the parameter; the message says why.</summary>
public sealed class InvalidParameterValueException(string name, string reason) : Exception($"Parameter '{name}': {reason}")
{
    public string Name { get; } = name;

    /// <summary>Why the value does not fit, without the parameter's name.</summary>
    public string Reason { get; } = reason;
}
