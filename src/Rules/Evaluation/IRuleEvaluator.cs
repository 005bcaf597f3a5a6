namespace Samverkan.Rules.Evaluation;

/// <summary>Evaluates the latest version of a rule set with the parameters in force at an instant.</summary>
public interface IRuleEvaluator
{
    /// <summary>
    /// Evaluates <paramref name="ruleSet"/> on <paramref name="input"/> (JSON-like values: strings, numbers,
    /// booleans, instants, lists, objects; rules read them as <c>input.x</c>) as of <paramref name="asOf"/>
    /// (rules read it as <c>now</c>, and <c>params</c> holds the parameter values in force then). Safe to call concurrently.
    /// </summary>
    /// <exception cref="RuleSetNotFoundException">No such rule set.</exception>
    /// <exception cref="RuleEvaluationException">A rule errored; an error is never reported as a failed rule.</exception>
    Task<RuleOutcome> EvaluateAsync(string ruleSet, IReadOnlyDictionary<string, object?> input, DateTimeOffset asOf, CancellationToken ct = default);
}
