namespace Samverkan.Rules.Evaluation;

/// <summary>No rule set, or no such version of it, has been saved.</summary>
public sealed class RuleSetNotFoundException(string name, int? version = null)
    : Exception(version is null ? $"There is no rule set named '{name}'." : $"Rule set '{name}' has no version {version}.")
{
    public string Name { get; } = name;
}
