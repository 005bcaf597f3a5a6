namespace Samverkan.Rules.Evaluation;

/// <summary>Evaluates rule sets from the catalog on the process's one engine.</summary>
internal sealed class RuleEvaluator(RuleCatalog catalog, RuleEngineHost engine) : IRuleEvaluator
{
    public async Task<RuleOutcome> EvaluateAsync(string ruleSet, IReadOnlyDictionary<string, object?> input, DateTimeOffset asOf, CancellationToken ct = default)
    {
        var state = await catalog.CurrentAsync(ct);
        var set = state.RuleSets.GetValueOrDefault(ruleSet) ?? throw new RuleSetNotFoundException(ruleSet);
        var parameters = state.Parameters;
        return await engine.EvaluateAsync(set, parameters.ParamsAt(asOf), parameters.Revision, input, asOf, ct);
    }
}
