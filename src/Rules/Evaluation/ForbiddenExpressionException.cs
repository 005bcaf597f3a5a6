using Samverkan.Rules.RuleSets;

namespace Samverkan.Rules.Evaluation;

/// <summary>An expression reaches for something outside the allow-list: what it reached for, and what rules may use instead.</summary>
internal sealed class ForbiddenExpressionException(RuleSetTerm what, RuleSetTerm allowed) : Exception($"{what.English} is not allowed: {allowed.English}.")
{
    public RuleSetTerm What { get; } = what;

    public RuleSetTerm Allowed { get; } = allowed;
}
