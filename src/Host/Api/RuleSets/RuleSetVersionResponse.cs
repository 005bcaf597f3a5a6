using Samverkan.Rules.RuleSets;

namespace Samverkan.Host.Api.RuleSets;

/// <summary>One saved version of a rule set, without its content.</summary>
internal sealed record RuleSetVersionResponse(string Name, int Version, DateTimeOffset SavedAt, string SavedBy, string? Comment)
{
    public static RuleSetVersionResponse From(RuleSetVersionInfo version) =>
        new(version.Name, version.Version, version.CreatedAt, version.CreatedBy, version.Comment);
}
