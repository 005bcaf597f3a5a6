using System.Text.RegularExpressions;
using Samverkan.Rules.Evaluation;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Model;

namespace Samverkan.Host.Rules;

/// <summary>
/// A user task's <c>completionRuleSet</c> property names rule sets (comma-separated) that must pass over the
/// variables as they would be after the completion; each failed rule refuses it with the rule's ErrorMessage.
/// They are checked in order and the first that fails stops the check, so a later set may rely on what an
/// earlier one made sure of (e.g. that a list is not empty before its items are read).
/// </summary>
internal sealed partial class CompletionRuleSetValidator(IRuleEvaluator rules) : ITaskCompletionValidator
{
    [GeneratedRegex(@"\binput\.([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex InputReference();

    public async Task<IReadOnlyList<FieldError>> ValidateAsync(TaskCompletion completion, CancellationToken ct)
    {
        if (!completion.Properties.TryGetValue(TaskProperties.CompletionRuleSet, out var names))
        {
            return [];
        }

        foreach (var ruleSet in names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var errors = await CheckAsync(ruleSet, completion, ct);
            if (errors.Count > 0)
            {
                return errors;
            }
        }

        return [];
    }

    private async Task<IReadOnlyList<FieldError>> CheckAsync(string ruleSet, TaskCompletion completion, CancellationToken ct)
    {
        RuleOutcome outcome;
        try
        {
            outcome = await rules.EvaluateAsync(ruleSet, completion.Variables, completion.Now, ct);
        }
        catch (RuleSetNotFoundException)
        {
            return [new FieldError(ruleSet, $"Uppgiften kan inte avslutas: regeluppsättningen {ruleSet} som ska kontrollera den finns inte.")];
        }
        catch (RuleEvaluationException e)
        {
            // Most often a value the rules read was not submitted at all; the task cannot be checked, so it waits.
            return e.Errors.Select(error => new FieldError(error.Rule ?? ruleSet, Unreadable(ruleSet, error.Swedish, completion.Variables))).ToList();
        }

        if (outcome.Passed)
        {
            return [];
        }

        // Reasons hold the ErrorMessage of each failed rule that has one, in order: they pair up when every rule has one.
        if (outcome.Reasons.Count == outcome.FailedRules.Count)
        {
            return outcome.FailedRules.Zip(outcome.Reasons, (rule, reason) => new FieldError(rule, reason)).ToList();
        }

        var unexplained = $"Villkoren {string.Join(", ", outcome.FailedRules)} i {ruleSet} är inte uppfyllda.";
        return outcome.Reasons.Select(reason => new FieldError(ruleSet, reason)).Append(new FieldError(ruleSet, unexplained)).ToList();
    }

    /// <summary>Names the values the failing expression reads that were not there; otherwise passes the rule engine's words on.</summary>
    private static string Unreadable(string ruleSet, string problem, IReadOnlyDictionary<string, object?> variables)
    {
        var missing = InputReference().Matches(problem).Select(m => m.Groups[1].Value).Distinct().Where(name => !variables.ContainsKey(name)).ToList();
        return missing.Count > 0
            ? $"Uppgift saknas: {string.Join(", ", missing)}."
            : $"Uppgifterna kunde inte kontrolleras mot {ruleSet}: {problem}";
    }
}
