using System.Text.Json;

namespace Samverkan.Host.Api.RuleSets;

/// <summary>
/// A dry run: the case data rules read as <c>input</c>; <c>asOf</c>, the instant rules read as <c>now</c> and whose
/// parameter values they get (an ISO-8601 date or date-time, Stockholm time unless it has an offset; now when left
/// out); <c>version</c>, an older version to try (the latest when left out).
/// </summary>
internal sealed record EvaluateRuleSetRequest(Dictionary<string, JsonElement> Input, string? AsOf = null, int? Version = null);
