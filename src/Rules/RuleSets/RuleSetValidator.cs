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
            return (null, [new RuleSetError(null, null, RuleSetTexts.RuleSetNameMismatch.Format(document.Name, expectedName))]);
        }

        LoadedRuleSet draft;
        try
        {
            draft = engine.Load(document, 0, $"{document.Name}@draft-{Guid.NewGuid():N};");
        }
        catch (RuleValidationException e)
        {
            return (null, [new RuleSetError(null, null, RuleSetTexts.RulesEngineRejected.Format(e.Message))]);
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

    /// <summary>Runs every sample of a saved version on its own, as <see cref="ValidateAsync"/> does before saving.</summary>
    public async Task<IReadOnlyList<SampleResult>> RunSamplesAsync(RuleSetDocument document, int version, ParameterSnapshot parameters, CancellationToken ct)
    {
        var loaded = engine.Load(document, version, $"{document.Name}@{version}-samples-{Guid.NewGuid():N};");
        try
        {
            var results = new List<SampleResult>(document.Samples.Count);
            foreach (var sample in document.Samples)
            {
                var errors = new List<RuleSetError>();
                var outcome = await RunSampleAsync(loaded, sample, parameters, errors, ct);
                results.Add(new SampleResult(sample.Name, sample.AsOf, sample.Input, sample.Parameters, sample.Expect, outcome, errors));
            }

            return results;
        }
        finally
        {
            engine.Unload(loaded);
        }
    }

    private async Task<RuleOutcome?> RunSampleAsync(LoadedRuleSet draft, RuleSample sample, ParameterSnapshot parameters, List<RuleSetError> errors, CancellationToken ct)
    {
        var overrides = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, json) in sample.Parameters)
        {
            try
            {
                var definition = parameters.Find(name) ?? throw new ParameterNotFoundException(name);
                overrides[name] = ParameterValues.Parse(name, definition.Kind, json);
            }
            catch (ParameterNotFoundException e)
            {
                errors.Add(new RuleSetError(null, sample.Name, RuleSetTexts.UnknownParameter.Format(e.Name)));
            }
            catch (InvalidParameterValueException e)
            {
                errors.Add(new RuleSetError(null, sample.Name, RuleSetTexts.InvalidParameterValue.Format(e.Name, e.Reason)));
            }
        }

        try
        {
            var outcome = await engine.EvaluateAsync(draft, parameters.ParamsAt(sample.AsOf, overrides), parameters.Revision, sample.Input, sample.AsOf, ct);
            errors.AddRange(SampleExpectations.Compare(sample, outcome));
            return outcome;
        }
        catch (RuleEvaluationException e)
        {
            // A broken expression fails every sample alike; say it once.
            errors.AddRange(e.Errors.Where(x => !errors.Any(seen => seen.Rule == x.Rule && seen.Message == x.Message)).Select(x => x with { Sample = sample.Name }));
            return null;
        }
    }
}
