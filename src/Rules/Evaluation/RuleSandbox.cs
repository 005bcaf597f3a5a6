using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;
using Samverkan.Rules.RuleSets;

namespace Samverkan.Rules.Evaluation;

/// <summary>
/// Parses every expression of a rule set for one set of input types, exactly as RulesEngine will (same parser,
/// same settings), and checks each tree against the <see cref="ExpressionAllowList"/>. RulesEngine compiles
/// only after this has passed for those types, so no tree it runs has gone unchecked.
/// </summary>
internal static class RuleSandbox
{
    public static IReadOnlyList<RuleSetError> Check(Workflow workflow, RuleExpressionParser parser, IReadOnlyList<ParameterExpression> inputs)
    {
        var errors = new List<RuleSetError>();
        var scope = inputs.ToList();
        AddScoped(null, workflow.GlobalParams, scope, parser, errors);
        foreach (var rule in workflow.Rules.Where(r => r.Enabled))
        {
            CheckRule(rule, scope, parser, errors);
        }

        return errors;
    }

    private static void CheckRule(Rule rule, List<ParameterExpression> outer, RuleExpressionParser parser, List<RuleSetError> errors)
    {
        var scope = outer.ToList();
        AddScoped(rule.RuleName, rule.LocalParams, scope, parser, errors);
        if (rule.Operator is not null)
        {
            foreach (var child in rule.Rules.Where(r => r.Enabled))
            {
                CheckRule(child, scope, parser, errors);
            }
        }
        else
        {
            Parse(rule.RuleName, rule.Expression, scope, typeof(bool), parser, errors);
        }

        foreach (var action in new[] { rule.Actions?.OnSuccess, rule.Actions?.OnFailure }.OfType<ActionInfo>())
        {
            Parse(rule.RuleName, RuleSetChecks.OutputExpression(action) ?? "", scope, null, parser, errors);
        }
    }

    private static void AddScoped(string? rule, IEnumerable<ScopedParam>? scoped, List<ParameterExpression> scope, RuleExpressionParser parser, List<RuleSetError> errors)
    {
        foreach (var param in scoped ?? [])
        {
            var tree = Parse(rule, param.Expression, scope, null, parser, errors, param.Name);
            scope.Add(Expression.Parameter(tree?.Type ?? typeof(object), param.Name));
        }
    }

    private static Expression? Parse(
        string? rule, string text, List<ParameterExpression> scope, Type? returnType, RuleExpressionParser parser, List<RuleSetError> errors, string? scopedParam = null)
    {
        var where = scopedParam is null ? RuleSetTerms.None : RuleSetTerms.InScopedParam(scopedParam);
        try
        {
            var tree = parser.Parse(text, [.. scope], returnType);
            ExpressionAllowList.Verify(tree);
            return tree;
        }
        catch (ParseException e)
        {
            errors.Add(new RuleSetError(rule, null, RuleSetTexts.ExpressionDoesNotParse.Format(text, where, e.Message, e.Position + 1)));
        }
        catch (ForbiddenExpressionException e)
        {
            errors.Add(new RuleSetError(rule, null, RuleSetTexts.ExpressionNotAllowed.Format(text, where, e.What, e.Allowed)));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            errors.Add(new RuleSetError(rule, null, RuleSetTexts.ExpressionDoesNotCompile.Format(text, where, e.Message)));
        }

        return null;
    }
}
