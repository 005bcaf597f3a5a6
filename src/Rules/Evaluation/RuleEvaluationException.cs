using Samverkan.Rules.RuleSets;

namespace Samverkan.Rules.Evaluation;

/// <summary>A rule set could not be evaluated: a rule threw, did not compile for this input, or used something not allowed. Never a "no".</summary>
public sealed class RuleEvaluationException(string ruleSet, int version, IReadOnlyList<RuleSetError> errors)
    : Exception($"Rule set '{ruleSet}' v{version} could not be evaluated: {string.Join("; ", errors)}")
{
    public string RuleSet { get; } = ruleSet;

    public int Version { get; } = version;

    public IReadOnlyList<RuleSetError> Errors { get; } = errors;
}
