using System.Globalization;

namespace Samverkan.Rules.Evaluation;

/// <summary>What a rule set said for one input as of one instant, and which versions said it.</summary>
public sealed record RuleOutcome
{
    public required string RuleSet { get; init; }

    public required int RuleSetVersion { get; init; }

    /// <summary>The parameter revision read; with <see cref="AsOf"/> it pins every parameter value the rules saw.</summary>
    public required long ParametersVersion { get; init; }

    public required DateTimeOffset AsOf { get; init; }

    /// <summary>True when every rule passed (an eligibility "yes").</summary>
    public required bool Passed { get; init; }

    public required IReadOnlyList<string> PassedRules { get; init; }

    public required IReadOnlyList<string> FailedRules { get; init; }

    /// <summary>The ErrorMessage of each failed rule that has one: the reason to record for a refusal.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>
    /// Values from OutputExpression actions, as variable values. An object's members become outputs of their own
    /// names, any other value the output of its rule's name; the first rule (in file order) to give a name wins.
    /// </summary>
    public required IReadOnlyDictionary<string, object?> Outputs { get; init; }

    /// <summary>
    /// The outcome as one process variable: <c>passed</c>, <c>passedRules</c>, <c>failedRules</c>, <c>reasons</c>,
    /// the versions and <c>asOf</c>, and every output by name, so that a gateway reads <c>${routing.group}</c>.
    /// </summary>
    public IReadOnlyDictionary<string, object?> ToVariable()
    {
        var variable = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [OutcomeKeys.RuleSet] = RuleSet,
            [OutcomeKeys.RuleSetVersion] = (long)RuleSetVersion,
            [OutcomeKeys.ParametersVersion] = ParametersVersion,
            [OutcomeKeys.AsOf] = AsOf,
            [OutcomeKeys.Passed] = Passed,
            [OutcomeKeys.PassedRules] = PassedRules.Cast<object?>().ToList(),
            [OutcomeKeys.FailedRules] = FailedRules.Cast<object?>().ToList(),
            [OutcomeKeys.Reasons] = Reasons.Cast<object?>().ToList(),
        };
        foreach (var (name, value) in Outputs)
        {
            variable[name] = value;
        }

        return variable;
    }

    /// <summary>One line for an instance's history, e.g. "RedThreadPull v2, parameters r7, as of 2025-06-16T00:00:00+02:00: failed NotPaused".</summary>
    public string Describe()
    {
        var verdict = Passed ? "passed" : $"failed {string.Join(", ", FailedRules)}";
        return string.Create(CultureInfo.InvariantCulture, $"{RuleSet} v{RuleSetVersion}, parameters r{ParametersVersion}, as of {AsOf:yyyy-MM-ddTHH:mm:sszzz}: {verdict}");
    }
}
