namespace Samverkan.Rules.Evaluation;

/// <summary>The members of <see cref="RuleOutcome.ToVariable"/> that are not outputs; no output may take these names.</summary>
internal static class OutcomeKeys
{
    public const string RuleSet = "ruleSet";
    public const string RuleSetVersion = "ruleSetVersion";
    public const string ParametersVersion = "parametersVersion";
    public const string AsOf = "asOf";
    public const string Passed = "passed";
    public const string PassedRules = "passedRules";
    public const string FailedRules = "failedRules";
    public const string Reasons = "reasons";

    public static readonly HashSet<string> Reserved = [RuleSet, RuleSetVersion, ParametersVersion, AsOf, Passed, PassedRules, FailedRules, Reasons];
}
