using Samverkan.Rules.Evaluation;
using Samverkan.Rules.Persistence;

namespace Samverkan.Rules.Parameters;

/// <summary>Parameters read from the catalog's snapshot; changes written to the store, seen everywhere from the next read.</summary>
internal sealed class ParameterService(RulesStore store, RuleCatalog catalog, TimeProvider time) : IParameterService
{
    public async Task<IReadOnlyList<ParameterInfo>> ListAsync(DateTimeOffset? asOf = null, CancellationToken ct = default)
    {
        var snapshot = (await catalog.CurrentAsync(ct)).Parameters;
        var at = asOf ?? time.GetUtcNow();
        return [.. snapshot.Definitions.Select(d => Info(snapshot, d, at)).OfType<ParameterInfo>()];
    }

    public async Task<ParameterInfo?> GetAsync(string name, DateTimeOffset? asOf = null, CancellationToken ct = default)
    {
        var snapshot = (await catalog.CurrentAsync(ct)).Parameters;
        return snapshot.Find(name) is { } definition ? Info(snapshot, definition, asOf ?? time.GetUtcNow()) : null;
    }

    public async Task<T> GetValueAsync<T>(string name, DateTimeOffset asOf, CancellationToken ct = default)
    {
        var info = await GetAsync(name, asOf, ct) ?? throw new ParameterNotFoundException(name);
        return info.TypedValue is T value
            ? value
            : throw new InvalidCastException($"Parameter '{name}' is a {info.Kind} ({info.TypedValue.GetType().Name}), not a {typeof(T).Name}.");
    }

    public async Task<IReadOnlyList<ParameterChange>> GetHistoryAsync(string name, CancellationToken ct = default)
    {
        var snapshot = (await catalog.CurrentAsync(ct)).Parameters;
        return snapshot.Find(name) is null ? throw new ParameterNotFoundException(name) : snapshot.History(name);
    }

    public async Task<ParameterChange> ChangeAsync(string name, ParameterChangeRequest request, CancellationToken ct = default)
    {
        var snapshot = (await catalog.CurrentAsync(ct)).Parameters;
        var definition = snapshot.Find(name) ?? throw new ParameterNotFoundException(name);
        if (string.IsNullOrWhiteSpace(request.ChangedBy) || string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new InvalidParameterValueException(name, "a change needs who makes it and why.");
        }

        var value = ParameterValues.Parse(name, definition.Kind, request.Value);
        var now = time.GetUtcNow();
        var record = await store.AddParameterChangeAsync(
            name, ParameterValues.ToJson(value), request.EffectiveFrom ?? now, now, request.ChangedBy, request.Reason, ct);
        return (await catalog.CurrentAsync(ct)).Parameters.History(name).Single(c => c.Id == record.Id);
    }

    private static ParameterInfo? Info(ParameterSnapshot snapshot, ParameterDefinition definition, DateTimeOffset asOf) =>
        snapshot.InForce(definition.Name, asOf) is { } entry
            ? new ParameterInfo(definition.Name, definition.Kind, definition.Description, entry.Change.Value, entry.Value, entry.Change)
            : null;
}
