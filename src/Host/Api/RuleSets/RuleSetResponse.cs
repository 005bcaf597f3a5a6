using System.Text.Json;
using Samverkan.Rules.RuleSets;

namespace Samverkan.Host.Api.RuleSets;

/// <summary>One version of a rule set with its content: the file as saved (RulesEngine's schema plus Samples).</summary>
internal sealed record RuleSetResponse(string Name, int Version, DateTimeOffset SavedAt, string SavedBy, string? Comment, JsonElement Content)
{
    private static readonly JsonDocumentOptions FileOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static RuleSetResponse From(RuleSetVersionInfo version)
    {
        // Saved files may carry comments and trailing commas, which the rule-set reader allows and JSON output cannot hold.
        using var content = JsonDocument.Parse(version.Json, FileOptions);
        return new(version.Name, version.Version, version.CreatedAt, version.CreatedBy, version.Comment, content.RootElement.Clone());
    }
}
