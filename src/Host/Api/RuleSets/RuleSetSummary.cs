using Samverkan.Rules.RuleSets;

namespace Samverkan.Host.Api.RuleSets;

/// <summary>A rule set and its latest version: who saved it, when and why.</summary>
internal sealed record RuleSetSummary(string Name, int LatestVersion, DateTimeOffset SavedAt, string SavedBy, string? Comment)
{
    public static RuleSetSummary From(RuleSetVersionInfo latest) =>
        new(latest.Name, latest.Version, latest.CreatedAt, latest.CreatedBy, latest.Comment);
}
