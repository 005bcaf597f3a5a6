namespace Samverkan.Rules.RuleSets;

/// <summary>What a deploy of a rules folder did: parameters added, versions saved, files unchanged or rejected.</summary>
public sealed record RulesDeployment(
    IReadOnlyList<string> SeededParameters,
    IReadOnlyList<RuleSetVersionInfo> Deployed,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<RejectedRuleSet> Rejected);
