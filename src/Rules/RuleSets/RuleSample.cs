using System.Text.Json;

namespace Samverkan.Rules.RuleSets;

/// <summary>
/// A sample case from a rule-set file: the input, the as-of instant, parameter values the case relies on
/// (so that a manager's later change does not break it) and the expected part of the outcome.
/// </summary>
internal sealed record RuleSample(
    string Name,
    DateTimeOffset AsOf,
    IReadOnlyDictionary<string, object?> Input,
    IReadOnlyDictionary<string, JsonElement> Parameters,
    IReadOnlyDictionary<string, JsonElement> Expect);
