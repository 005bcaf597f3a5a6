using Microsoft.EntityFrameworkCore;
using Samverkan.Rules.Persistence.Records;

namespace Samverkan.Rules.Persistence;

/// <summary>Reads and writes rule-set versions and parameters; every write bumps the shared revision in the same transaction.</summary>
internal sealed class RulesStore(IDbContextFactory<RulesDbContext> contexts, RevisionReader revision)
{
    /// <summary>The shared revision; every write below increments it.</summary>
    public long ReadRevision() => revision.Read();

    /// <summary>The latest version number of every rule set.</summary>
    public async Task<Dictionary<string, int>> ReadHeadsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.RuleSetVersions
            .GroupBy(r => r.Name)
            .Select(g => new { Name = g.Key, Version = g.Max(r => r.Version) })
            .ToDictionaryAsync(h => h.Name, h => h.Version, StringComparer.Ordinal, ct);
    }

    /// <summary>One version, or the latest when <paramref name="version"/> is null.</summary>
    public async Task<RuleSetVersionRecord?> FindRuleSetAsync(string name, int? version, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var versions = db.RuleSetVersions.AsNoTracking().Where(r => r.Name == name);
        return version is int v
            ? await versions.SingleOrDefaultAsync(r => r.Version == v, ct)
            : await versions.OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct);
    }

    public async Task<List<RuleSetVersionRecord>> ListLatestAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.RuleSetVersions.AsNoTracking()
            .Where(r => r.Version == db.RuleSetVersions.Where(x => x.Name == r.Name).Max(x => x.Version))
            .OrderBy(r => r.Name)
            .ToListAsync(ct);
    }

    public async Task<List<RuleSetVersionRecord>> ListVersionsAsync(string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.RuleSetVersions.AsNoTracking().Where(r => r.Name == name).OrderBy(r => r.Version).ToListAsync(ct);
    }

    public async Task<bool> HasRuleSetHashAsync(string name, string hash, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.RuleSetVersions.AnyAsync(r => r.Name == name && r.Hash == hash, ct);
    }

    /// <summary>Adds the next version, unless the latest already has this content; returns the version in force and whether it is new.</summary>
    public async Task<(RuleSetVersionRecord Record, bool Created)> AddRuleSetVersionAsync(
        string name, string json, string hash, DateTimeOffset at, string by, string? comment, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var latest = await db.RuleSetVersions.Where(r => r.Name == name).OrderByDescending(r => r.Version).FirstOrDefaultAsync(ct);
        if (latest?.Hash == hash)
        {
            return (latest, false);
        }

        var record = new RuleSetVersionRecord
        {
            Name = name, Version = (latest?.Version ?? 0) + 1, Json = json, Hash = hash, CreatedAt = at, CreatedBy = by, Comment = comment,
        };
        db.RuleSetVersions.Add(record);
        await db.SaveChangesAsync(ct);
        await BumpRevisionAsync(db, ct);
        await tx.CommitAsync(ct);
        revision.MarkWritten();
        return (record, true);
    }

    public async Task<(List<ParameterRecord> Definitions, List<ParameterChangeRecord> Changes)> ReadParametersAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var definitions = await db.Parameters.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        var changes = await db.ParameterChanges.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        return (definitions, changes);
    }

    /// <summary>Adds a parameter with its first value unless one of that name exists (whatever its value now).</summary>
    public async Task<bool> SeedParameterAsync(ParameterRecord definition, ParameterChangeRecord first, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Parameters.AnyAsync(p => p.Name == definition.Name, ct))
        {
            return false;
        }

        db.Parameters.Add(definition);
        db.ParameterChanges.Add(first);
        await db.SaveChangesAsync(ct);
        await BumpRevisionAsync(db, ct);
        await tx.CommitAsync(ct);
        revision.MarkWritten();
        return true;
    }

    /// <summary>Records a change; its old value is the one in force at the change's effective instant just before it.</summary>
    public async Task<ParameterChangeRecord> AddParameterChangeAsync(
        string name, string valueJson, DateTimeOffset effectiveFrom, DateTimeOffset at, string by, string reason, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var old = await db.ParameterChanges
            .Where(c => c.Name == name && c.EffectiveFrom <= effectiveFrom)
            .OrderByDescending(c => c.EffectiveFrom).ThenByDescending(c => c.Id)
            .Select(c => c.ValueJson)
            .FirstOrDefaultAsync(ct);
        var change = new ParameterChangeRecord
        {
            Name = name, ValueJson = valueJson, OldValueJson = old, EffectiveFrom = effectiveFrom, ChangedAt = at, ChangedBy = by, Reason = reason,
        };
        db.ParameterChanges.Add(change);
        await db.SaveChangesAsync(ct);
        await BumpRevisionAsync(db, ct);
        await tx.CommitAsync(ct);
        revision.MarkWritten();
        return change;
    }

    private static Task<int> BumpRevisionAsync(RulesDbContext db, CancellationToken ct) =>
        db.Revisions.Where(r => r.Id == RulesRevisionRecord.SingletonId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Value, r => r.Value + 1), ct);
}
