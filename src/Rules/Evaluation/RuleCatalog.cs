using Microsoft.Extensions.Logging;
using RulesEngine.Exceptions;
using Samverkan.Rules.Parameters;
using Samverkan.Rules.Persistence;
using Samverkan.Rules.RuleSets;

namespace Samverkan.Rules.Evaluation;

/// <summary>
/// Keeps the rule sets and parameters in memory and checks the store's revision on every read, so a version
/// saved or a parameter changed on any node is seen by the next evaluation here. Unchanged versions keep their
/// compiled rules; only what changed is loaded.
/// </summary>
internal sealed partial class RuleCatalog(RulesStore store, RuleEngineHost engine, ILogger<RuleCatalog> logger) : IDisposable
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile CatalogState _state = CatalogState.Empty;

    public async ValueTask<CatalogState> CurrentAsync(CancellationToken ct)
    {
        var state = _state;
        return state.Revision == store.ReadRevision() ? state : await ReloadAsync(ct);
    }

    public void Dispose() => _reload.Dispose();

    private async Task<CatalogState> ReloadAsync(CancellationToken ct)
    {
        await _reload.WaitAsync(ct);
        try
        {
            // Read the revision before the data: the data is then at least that new, and a later write shows as a new revision.
            var revision = store.ReadRevision();
            var previous = _state;
            if (previous.Revision == revision)
            {
                return previous;
            }

            var ruleSets = new Dictionary<string, LoadedRuleSet>(StringComparer.Ordinal);
            foreach (var (name, version) in await store.ReadHeadsAsync(ct))
            {
                var loaded = previous.RuleSets.GetValueOrDefault(name);
                loaded = loaded?.Version == version ? loaded : await LoadAsync(name, version, ct);
                if (loaded is not null)
                {
                    ruleSets[name] = loaded;
                }
            }

            var (definitions, changes) = await store.ReadParametersAsync(ct);
            _state = new CatalogState(revision, ruleSets, new ParameterSnapshot(definitions, changes));
            foreach (var old in previous.RuleSets.Values.Where(old => ruleSets.GetValueOrDefault(old.Name) != old))
            {
                engine.Unload(old);
            }

            return _state;
        }
        finally
        {
            _reload.Release();
        }
    }

    private async Task<LoadedRuleSet?> LoadAsync(string name, int version, CancellationToken ct)
    {
        var record = await store.FindRuleSetAsync(name, version, ct);
        var errors = new List<RuleSetError>();
        var document = record is null ? null : RuleSetDocument.Parse(record.Json, errors);
        if (document is null)
        {
            // Versions are validated before they are saved; this is a database edited by hand.
            LogUnreadable(name, version, string.Join("; ", errors));
            return null;
        }

        try
        {
            return engine.Load(document, version);
        }
        catch (RuleValidationException e)
        {
            LogUnreadable(name, version, e.Message);
            return null;
        }
    }

    [LoggerMessage(LogLevel.Error, "Rule set {RuleSet} v{Version} in the database cannot be read and is left out: {Errors}")]
    private partial void LogUnreadable(string ruleSet, int version, string errors);
}
