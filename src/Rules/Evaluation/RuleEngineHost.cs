using System.Linq.Expressions;
using RulesEngine.ExpressionBuilders;
using RulesEngine.HelperFunctions;
using RulesEngine.Models;
using Samverkan.Rules.RuleSets;

namespace Samverkan.Rules.Evaluation;

/// <summary>
/// The process's one RulesEngine. Each rule-set version is registered under its own name; RulesEngine caches the
/// compiled rules per version and input types, and this class checks every new combination in the sandbox first.
/// </summary>
internal sealed class RuleEngineHost
{
    private readonly RulesEngine.RulesEngine _engine;
    private readonly RuleExpressionParser _parser;

    public RuleEngineHost()
    {
        var settings = Settings();
        _engine = new RulesEngine.RulesEngine(settings);
        _parser = new RuleExpressionParser(settings);
    }

    /// <summary>
    /// Only the helper types resolve by name, input types are not added to them, names are case-sensitive, and an
    /// exception becomes the rule's ExceptionMessage, which formatted ErrorMessages would otherwise share.
    /// </summary>
    public static ReSettings Settings() => new()
    {
        CustomTypes = ExpressionAllowList.HelperTypes,
        AutoRegisterInputType = false,
        IsExpressionCaseSensitive = true,
        EnableExceptionAsErrorMessage = true,
        EnableFormattedErrorMessage = false,
    };

    /// <exception cref="RulesEngine.Exceptions.RuleValidationException">RulesEngine's own checks of the workflow failed.</exception>
    public LoadedRuleSet Load(RuleSetDocument document, int version, string? engineName = null)
    {
        var set = new LoadedRuleSet(document, version, engineName ?? $"{document.Name}@{version};");
        _engine.AddOrUpdateWorkflow(document.ForEngine(set.EngineName));
        return set;
    }

    public void Unload(LoadedRuleSet set)
    {
        set.Retired = true;
        _engine.RemoveWorkflow(set.EngineName);
    }

    /// <exception cref="RuleEvaluationException">The input cannot be read, an expression is not allowed or does not compile for it, or a rule errored.</exception>
    public async Task<RuleOutcome> EvaluateAsync(
        LoadedRuleSet set, object parameters, long parametersVersion, IReadOnlyDictionary<string, object?> input, DateTimeOffset asOf, CancellationToken ct)
    {
        object typedInput;
        try
        {
            typedInput = Utils.GetTypedObject(InputValues.Normalize(input));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new RuleEvaluationException(set.Name, set.Version, [new RuleSetError(null, null, RuleSetTexts.InputUnreadable.Format(e.Message))]);
        }

        var problems = set.Check(typedInput.GetType(), parameters.GetType(), () => RuleSandbox.Check(
            set.Document.Workflow,
            _parser,
            [
                Expression.Parameter(typedInput.GetType(), RuleInputs.Input),
                Expression.Parameter(typeof(DateTimeOffset), RuleInputs.Now),
                Expression.Parameter(parameters.GetType(), RuleInputs.Params),
            ]));
        if (problems.Count > 0)
        {
            throw new RuleEvaluationException(set.Name, set.Version, problems);
        }

        RuleParameter[] arguments = [new(RuleInputs.Input, typedInput), new(RuleInputs.Now, asOf), new(RuleInputs.Params, parameters)];
        var results = await ExecuteAsync(set, arguments, ct);
        return OutcomeBuilder.Build(set, parametersVersion, asOf, results);
    }

    private async Task<List<RuleResultTree>> ExecuteAsync(LoadedRuleSet set, RuleParameter[] arguments, CancellationToken ct)
    {
        try
        {
            return await _engine.ExecuteAllRulesAsync(set.EngineName, arguments, ct);
        }
        catch (ArgumentException) when (!_engine.ContainsWorkflow(set.EngineName))
        {
            // A newer version replaced this one between the caller's look-up and now: finish on it, then let it go again.
            _engine.AddOrUpdateWorkflow(set.Document.ForEngine(set.EngineName));
            try
            {
                return await _engine.ExecuteAllRulesAsync(set.EngineName, arguments, ct);
            }
            finally
            {
                if (set.Retired)
                {
                    _engine.RemoveWorkflow(set.EngineName);
                }
            }
        }
    }
}
