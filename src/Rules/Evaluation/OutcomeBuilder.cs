using RulesEngine.Models;
using Samverkan.Rules.RuleSets;

namespace Samverkan.Rules.Evaluation;

/// <summary>Reads RulesEngine's results into a <see cref="RuleOutcome"/>, telling a rule that failed from one that errored.</summary>
internal static class OutcomeBuilder
{
    /// <exception cref="RuleEvaluationException">A rule or an action errored, or an output cannot be stored.</exception>
    public static RuleOutcome Build(LoadedRuleSet set, long parametersVersion, DateTimeOffset asOf, IReadOnlyList<RuleResultTree> results)
    {
        var errors = new List<RuleSetError>();
        foreach (var result in results)
        {
            CollectErrors(result, errors);
        }

        List<string> passed = [], failed = [], reasons = [];
        var outputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            var rule = result.Rule;
            (result.IsSuccess ? passed : failed).Add(rule.RuleName);
            if (!result.IsSuccess && !string.IsNullOrWhiteSpace(rule.ErrorMessage))
            {
                reasons.Add(rule.ErrorMessage);
            }

            if ((result.IsSuccess ? rule.Actions?.OnSuccess : rule.Actions?.OnFailure) is not null && errors.Count == 0)
            {
                AddOutputs(rule.RuleName, result.ActionResult?.Output, outputs, errors);
            }
        }

        return errors.Count > 0
            ? throw new RuleEvaluationException(set.Name, set.Version, errors)
            : new RuleOutcome
            {
                RuleSet = set.Name,
                RuleSetVersion = set.Version,
                ParametersVersion = parametersVersion,
                AsOf = asOf,
                Passed = failed.Count == 0,
                PassedRules = passed,
                FailedRules = failed,
                Reasons = reasons,
                Outputs = outputs,
            };
    }

    private static void CollectErrors(RuleResultTree result, List<RuleSetError> errors)
    {
        // With formatted error messages off, ExceptionMessage is set only when the rule threw or did not compile.
        if (!string.IsNullOrEmpty(result.ExceptionMessage))
        {
            errors.Add(new RuleSetError(result.Rule.RuleName, null, RuleSetTexts.RuleErrored.Format(result.ExceptionMessage)));
        }

        if (result.ActionResult?.Exception is { } failure)
        {
            errors.Add(new RuleSetError(result.Rule.RuleName, null, RuleSetTexts.OutputErrored.Format((failure.InnerException ?? failure).Message)));
        }

        foreach (var child in result.ChildResults ?? [])
        {
            CollectErrors(child, errors);
        }
    }

    private static void AddOutputs(string rule, object? output, Dictionary<string, object?> outputs, List<RuleSetError> errors)
    {
        object? value;
        try
        {
            value = OutputValues.Normalize(output);
        }
        catch (OutputNotStorableException e)
        {
            errors.Add(new RuleSetError(rule, null, RuleSetTexts.OutputNotStorable.Format(e.TypeName)));
            return;
        }

        IEnumerable<KeyValuePair<string, object?>> named = value is Dictionary<string, object?> members ? members : [new(rule, value)];
        foreach (var (name, item) in named)
        {
            if (OutcomeKeys.Reserved.Contains(name))
            {
                errors.Add(new RuleSetError(rule, null, RuleSetTexts.ReservedOutputName.Format(name)));
            }
            else
            {
                outputs.TryAdd(name, item);
            }
        }
    }
}
