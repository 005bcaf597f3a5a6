using System.Text.Json;
using System.Text.RegularExpressions;
using RulesEngine.Models;
using Samverkan.Rules.Evaluation;

namespace Samverkan.Rules.RuleSets;

/// <summary>Checks the parts of a rule set that RulesEngine would accept but we do not run: other workflows, other actions, odd names.</summary>
internal static partial class RuleSetChecks
{
    public const string OutputAction = "OutputExpression";

    private static readonly string[] Operators = ["And", "AndAlso", "Or", "OrElse"];

    public static bool IsName(string? name) => name is not null && NamePattern().IsMatch(name);

    public static void CheckWorkflow(Workflow workflow, ICollection<RuleSetError> errors)
    {
        if (!IsName(workflow.WorkflowName))
        {
            errors.Add(new RuleSetError(null, null, RuleSetTexts.InvalidRuleSetName.Format(workflow.WorkflowName)));
        }

        if (workflow.RuleExpressionType != RuleExpressionType.LambdaExpression || workflow.WorkflowsToInject?.Any() == true)
        {
            errors.Add(new RuleSetError(null, null, RuleSetTexts.LambdaExpressionsOnly.Format()));
        }

        if (workflow.Rules?.Any() != true)
        {
            errors.Add(new RuleSetError(null, null, RuleSetTexts.NoRules.Format()));
            return;
        }

        CheckScopedParams(null, workflow.GlobalParams, errors);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in workflow.Rules)
        {
            CheckRule(rule, seen, errors);
        }
    }

    /// <summary>The expression of an OutputExpression action, or null when the action has none.</summary>
    public static string? OutputExpression(ActionInfo action)
    {
        var entry = action.Context?.FirstOrDefault(kv => string.Equals(kv.Key, "expression", StringComparison.OrdinalIgnoreCase)).Value;
        return entry switch
        {
            string text => text,
            JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
            _ => null,
        };
    }

    private static void CheckRule(Rule rule, HashSet<string> seen, ICollection<RuleSetError> errors)
    {
        var name = rule.RuleName;
        void Problem(RuleSetMessage message) => errors.Add(new RuleSetError(name, null, message));
        if (!IsName(name))
        {
            Problem(RuleSetTexts.InvalidRuleName.Format());
        }
        else if (!seen.Add(name))
        {
            Problem(RuleSetTexts.DuplicateRuleName.Format());
        }

        if (rule.RuleExpressionType != RuleExpressionType.LambdaExpression || rule.WorkflowsToInject?.Any() == true)
        {
            Problem(RuleSetTexts.LambdaExpressionsOnly.Format());
        }

        if (rule.Operator is not null)
        {
            if (!Operators.Contains(rule.Operator) || rule.Rules?.Any() != true)
            {
                Problem(RuleSetTexts.InvalidOperator.Format(string.Join(", ", Operators)));
            }

            foreach (var child in rule.Rules ?? [])
            {
                CheckRule(child, seen, errors);
            }
        }
        else if (string.IsNullOrWhiteSpace(rule.Expression))
        {
            Problem(RuleSetTexts.NoExpression.Format());
        }

        foreach (var action in new[] { rule.Actions?.OnSuccess, rule.Actions?.OnFailure }.OfType<ActionInfo>())
        {
            if (action.Name != OutputAction || string.IsNullOrWhiteSpace(OutputExpression(action)))
            {
                Problem(RuleSetTexts.InvalidAction.Format(OutputAction, action.Name));
            }
        }

        CheckScopedParams(name, rule.LocalParams, errors);
    }

    private static void CheckScopedParams(string? rule, IEnumerable<ScopedParam>? scoped, ICollection<RuleSetError> errors)
    {
        foreach (var param in scoped ?? [])
        {
            if (!IsName(param.Name) || RuleInputs.Names.Contains(param.Name) || string.IsNullOrWhiteSpace(param.Expression))
            {
                errors.Add(new RuleSetError(rule, null, RuleSetTexts.InvalidScopedParam.Format(param.Name, string.Join(", ", RuleInputs.Names))));
            }
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,127}$")]
    private static partial Regex NamePattern();
}
