namespace Samverkan.Rules.RuleSets;

/// <summary>The version in force after a save; <paramref name="Created"/> is false when the content was already the latest.</summary>
public sealed record RuleSetSaveResult(RuleSetVersionInfo Version, bool Created);
