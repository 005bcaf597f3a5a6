using RulesEngine.Exceptions;
using Samverkan.Rules.Evaluation;
using Samverkan.Rules.Parameters;

namespace Samverkan.Rules.RuleSets;

/// <summary>Accepts a rule set only if it parses, every expression compiles and is allowed, and every sample gives what it expects.</summary>
internal sealed class RuleSetValidator(RuleEngineHost engine)
{
    public async Task<(RuleSetDocument? Document, IReadOnlyList<RuleSetError> Errors)> ValidateAsync(
        string json, string? expectedName, ParameterSnapshot parameters, CancellationToken ct)
    {
        var errors = new List<RuleSetError>();
        var document = RuleSetDocument.Parse(json, errors);
        if (document is null)
        {
            return (null, errors);
        }

        if (expectedName is not null && document.Name != expectedName)
        {
            return (null, [new RuleSetError(null, null, $"WorkflowName is '{document.Name}' but the rule set is '{expectedName}'.")]);
        }

        LoadedRuleSet draft;
        try
        {
            draft = engine.Load(document, 0, $"{document.Name}@draft-{Guid.NewGuid():N};");
        }
        catch (RuleValidationException e)
        {
            return (null, [new RuleSetError(null, null, e.Message)]);
        }

        try
        {
            foreach (var sample in document.Samples)
            {
                await RunSampleAsync(draft, sample, parameters, errors, ct);
            }
        }
        finally
        {
            engine.Unload(draft);
        }

        return errors.Count == 0 ? (document, errors) : (null, errors);
    }

    private async Task RunSampleAsync(LoadedRuleSet draft, RuleSample sample, ParameterSnapshot parameters, List<RuleSetError> errors, CancellationToken ct)
    {
        var overrides = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, json) in sample.Parameters)
        {
            try
            {
                var definition = parameters.Find(name) ?? throw new ParameterNotFoundException(name);
                overrides[name] = ParameterValues.Parse(name, definition.Kind, json);
            }
            catch (Exception e) when (e is ParameterNotFoundException or InvalidParameterValueException)
            {
                errors.Add(new RuleSetError(null, sample.Name, e.Message));
            }
        }

        try
        {
            var outcome = await engine.EvaluateAsync(draft, parameters.ParamsAt(sample.AsOf, overrides), parameters.Revision, sample.Input, sample.AsOf, ct);
            errors.AddRange(SampleExpectations.Compare(sample, outcome));
        }
        catch (RuleEvaluationException e)
        {
            // A broken expression fails every sample alike; say it once.
            errors.AddRange(e.Errors.Where(x => !errors.Any(seen => seen.Rule == x.Rule && seen.Message == x.Message)).Select(x => x with { Sample = sample.Name }));
        }
    }
}
