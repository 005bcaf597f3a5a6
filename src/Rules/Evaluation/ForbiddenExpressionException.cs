using Samverkan.Rules.RuleSets;

using Samverkan.Shared;

namespace Samverkan.Rules.Evaluation;

/// <summary>An expression reaches for something outside the allow-list: what it reached for, and what rules may use instead.</summary>
internal sealed class ForbiddenExpressionException(BilingualTerm what, BilingualTerm allowed) : Exception($"{what.English} is not allowed: {allowed.English}.")
{
    public BilingualTerm What { get; } = what;

    public BilingualTerm Allowed { get; } = allowed;
}
