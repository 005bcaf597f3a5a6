using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Persistence;
using Samverkan.Host.Persistence.Cases;

namespace Samverkan.Host.Cases.ProcessData;

/// <summary>
/// Finds the case whose id is a business key: an instance's own, else the nearest of the instances that called it.
/// Needs no engine, so the engine's own input validator can use it.
/// </summary>
internal sealed class CaseFinder(IDbContextFactory<CasesDbContext> contexts)
{
    /// <summary>The case of the first key that names one, with its individual's consents; null when none does.</summary>
    public async Task<CaseOfProcess?> FindAsync(IEnumerable<string?> businessKeys, CancellationToken ct)
    {
        var ids = businessKeys.Select(k => Guid.TryParse(k, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        if (ids.Select(id => found.Find(c => c.Id == id)).FirstOrDefault(c => c is not null) is not { } record)
        {
            return null;
        }
        IReadOnlyList<ConsentRecord> consents = record.PersonId is { } personId
            ? await db.Consents.AsNoTracking().Where(c => c.PersonId == personId && c.WithdrawnAt == null).ToListAsync(ct)
            : [];
        return new CaseOfProcess(record, consents);
    }
}
