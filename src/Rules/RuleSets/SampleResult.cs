using System.Text.Json;
using Samverkan.Rules.Evaluation;

namespace Samverkan.Rules.RuleSets;

/// <summary>
/// A sample case of a saved rule-set version run again: its input, as-of instant, the parameter values it pins and
/// what it expects, with the outcome it got now (null when a rule errored) and every way it differs from the expectation.
/// </summary>
public sealed record SampleResult(
    string Name,
    DateTimeOffset AsOf,
    IReadOnlyDictionary<string, object?> Input,
    IReadOnlyDictionary<string, JsonElement> Parameters,
    IReadOnlyDictionary<string, JsonElement> Expect,
    RuleOutcome? Outcome,
    IReadOnlyList<RuleSetError> Errors)
{
    public bool Passed => Errors.Count == 0;
}
