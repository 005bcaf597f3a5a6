namespace Samverkan.Rules.RuleSets;

/// <summary>One saved version of a rule set; <paramref name="Json"/> is the file as saved.</summary>
public sealed record RuleSetVersionInfo(string Name, int Version, DateTimeOffset CreatedAt, string CreatedBy, string? Comment, string Json);
