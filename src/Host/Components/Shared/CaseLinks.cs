using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Persistence;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Components.Shared;

/// <summary>
/// Which case a task or notification belongs to, for a link to its page: a process's business key that is a case id.
/// Reads case ids only; whether the reader may open the case is for the case page to decide.
/// </summary>
internal sealed class CaseLinks(IDbContextFactory<CasesDbContext> contexts, ProcessEngine engine)
{
    /// <summary>Of these business keys, those that name a case: its id and its (de-identified) reference.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> CasesAsync(IEnumerable<string?> businessKeys, CancellationToken ct = default)
    {
        var ids = businessKeys.Select(k => Guid.TryParse(k, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
    }

    /// <summary>The case of each of these instances whose business key names one.</summary>
    public async Task<IReadOnlyDictionary<Guid, Guid>> CasesOfInstancesAsync(IEnumerable<Guid> instanceIds, CancellationToken ct = default)
    {
        var keys = new Dictionary<Guid, string?>();
        foreach (var id in instanceIds.Distinct())
        {
            keys[id] = (await engine.GetInstanceAsync(id, ct))?.BusinessKey;
        }
        var cases = await CasesAsync(keys.Values, ct);
        return keys.Where(k => Guid.TryParse(k.Value, out var caseId) && cases.ContainsKey(caseId))
            .ToDictionary(k => k.Key, k => Guid.Parse(k.Value!));
    }
}
