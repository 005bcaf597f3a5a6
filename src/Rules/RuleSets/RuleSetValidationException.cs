namespace Samverkan.Rules.RuleSets;

/// <summary>A rule set that does not parse, compile or pass its samples; nothing was saved.</summary>
public sealed class RuleSetValidationException(string name, IReadOnlyList<RuleSetError> errors)
    : Exception($"Rule set '{name}' is not valid: {string.Join("; ", errors)}")
{
    public string Name { get; } = name;

    public IReadOnlyList<RuleSetError> Errors { get; } = errors;
}
