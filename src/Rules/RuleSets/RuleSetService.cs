using Samverkan.Rules.Evaluation;
using Samverkan.Rules.Persistence;
using Samverkan.Rules.Persistence.Records;

namespace Samverkan.Rules.RuleSets;

/// <summary>Rule-set versions in the store, validated on the process's one engine before they are saved.</summary>
internal sealed class RuleSetService(RulesStore store, RuleCatalog catalog, RuleEngineHost engine, RuleSetValidator validator, TimeProvider time)
    : IRuleSetService
{
    public async Task<IReadOnlyList<RuleSetVersionInfo>> ListAsync(CancellationToken ct = default) =>
        [.. (await store.ListLatestAsync(ct)).Select(Info)];

    public async Task<RuleSetVersionInfo?> GetAsync(string name, int? version = null, CancellationToken ct = default) =>
        await store.FindRuleSetAsync(name, version, ct) is { } record ? Info(record) : null;

    public async Task<IReadOnlyList<RuleSetVersionInfo>> GetVersionsAsync(string name, CancellationToken ct = default) =>
        [.. (await store.ListVersionsAsync(name, ct)).Select(Info)];

    public async Task<IReadOnlyList<RuleSetError>> ValidateAsync(string name, string json, CancellationToken ct = default)
    {
        var state = await catalog.CurrentAsync(ct);
        return (await validator.ValidateAsync(json, name, state.Parameters, ct)).Errors;
    }

    public async Task<RuleSetSaveResult> SaveAsync(string name, string json, string savedBy, string? comment = null, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(savedBy))
        {
            throw new RuleSetValidationException(name, [new RuleSetError(null, null, RuleSetTexts.SavedByMissing.Format())]);
        }

        var state = await catalog.CurrentAsync(ct);
        var (document, errors) = await validator.ValidateAsync(json, name, state.Parameters, ct);
        if (document is null)
        {
            throw new RuleSetValidationException(name, errors);
        }

        var (record, created) = await store.AddRuleSetVersionAsync(name, json, document.Hash, time.GetUtcNow(), savedBy, comment, ct);
        return new RuleSetSaveResult(Info(record), created);
    }

    public async Task<RuleOutcome> DryRunAsync(
        string name, IReadOnlyDictionary<string, object?> input, DateTimeOffset asOf, int? version = null, CancellationToken ct = default)
    {
        var state = await catalog.CurrentAsync(ct);
        var parameters = state.Parameters;
        if (state.RuleSets.GetValueOrDefault(name) is { } current && (version is null || version == current.Version))
        {
            return await engine.EvaluateAsync(current, parameters.ParamsAt(asOf), parameters.Revision, input, asOf, ct);
        }

        var record = await store.FindRuleSetAsync(name, version, ct) ?? throw new RuleSetNotFoundException(name, version);
        var document = RuleSetDocument.Parse(record.Json, new List<RuleSetError>()) ?? throw new RuleSetNotFoundException(name, version);
        var older = engine.Load(document, record.Version, $"{name}@{record.Version}-dry-{Guid.NewGuid():N};");
        try
        {
            return await engine.EvaluateAsync(older, parameters.ParamsAt(asOf), parameters.Revision, input, asOf, ct);
        }
        finally
        {
            engine.Unload(older);
        }
    }

    public async Task<IReadOnlyList<SampleResult>> RunSamplesAsync(string name, int? version = null, CancellationToken ct = default)
    {
        var record = await store.FindRuleSetAsync(name, version, ct) ?? throw new RuleSetNotFoundException(name, version);
        var document = RuleSetDocument.Parse(record.Json, new List<RuleSetError>()) ?? throw new RuleSetNotFoundException(name, version);
        var state = await catalog.CurrentAsync(ct);
        return await validator.RunSamplesAsync(document, record.Version, state.Parameters, ct);
    }

    /// <summary>Saves a file's rule set as a new version unless any version already has its content, so a designer's later edit survives a restart.</summary>
    internal async Task<(RuleSetSaveResult? Saved, IReadOnlyList<RuleSetError> Errors)> DeployAsync(string json, string source, CancellationToken ct)
    {
        var errors = new List<RuleSetError>();
        var document = RuleSetDocument.Parse(json, errors);
        if (document is null)
        {
            return (null, errors);
        }

        if (await store.HasRuleSetHashAsync(document.Name, document.Hash, ct))
        {
            return (null, []);
        }

        try
        {
            return (await SaveAsync(document.Name, json, "deploy", $"Deployed from {source}", ct), []);
        }
        catch (RuleSetValidationException e)
        {
            return (null, e.Errors);
        }
    }

    private static RuleSetVersionInfo Info(RuleSetVersionRecord record) =>
        new(record.Name, record.Version, record.CreatedAt, record.CreatedBy, record.Comment, record.Json);
}
