using Samverkan.Rules.Evaluation;

namespace Samverkan.Host.Api.RuleSets;

/// <summary>
/// What a rule set said, as a business rule task would store it: <c>passed</c> when every rule passed, the rules
/// that passed and failed, the reasons (ErrorMessage) of the failed ones, the outputs by name, and the rule-set
/// version and parameter revision that said it as of <c>asOf</c>.
/// </summary>
internal sealed record RuleOutcomeResponse(
    string RuleSet,
    int RuleSetVersion,
    long ParametersVersion,
    DateTimeOffset AsOf,
    bool Passed,
    IReadOnlyList<string> PassedRules,
    IReadOnlyList<string> FailedRules,
    IReadOnlyList<string> Reasons,
    IReadOnlyDictionary<string, object?> Outputs)
{
    public static RuleOutcomeResponse From(RuleOutcome outcome) =>
        new(outcome.RuleSet, outcome.RuleSetVersion, outcome.ParametersVersion, outcome.AsOf, outcome.Passed,
            outcome.PassedRules, outcome.FailedRules, outcome.Reasons, outcome.Outputs);
}
