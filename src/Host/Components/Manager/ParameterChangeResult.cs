using Samverkan.Rules.Parameters;

namespace Samverkan.Host.Components.Manager;

/// <summary>The outcome of a change form: the recorded change, or the Swedish reason per field ("value", "reason", "").</summary>
public sealed record ParameterChangeResult(ParameterChange? Change, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Change is not null;
}
