using Samverkan.Rules.RuleSets;

namespace Samverkan.Host.Api.RuleSets;

/// <summary>What a save did: the version in force now, and whether it is new (false when the content was already the latest).</summary>
internal sealed record RuleSetSaveResponse(string Name, int Version, bool Created, DateTimeOffset SavedAt, string SavedBy, string? Comment)
{
    public static RuleSetSaveResponse From(RuleSetSaveResult result) =>
        new(result.Version.Name, result.Version.Version, result.Created, result.Version.CreatedAt, result.Version.CreatedBy, result.Version.Comment);
}
