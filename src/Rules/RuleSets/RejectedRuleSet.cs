namespace Samverkan.Rules.RuleSets;

/// <summary>A rule-set file that was not deployed, and why.</summary>
public sealed record RejectedRuleSet(string File, IReadOnlyList<RuleSetError> Errors);
