using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Persistence;
using Samverkan.Host.Security;
using Samverkan.Workflows.Abstractions;
using Samverkan.Host.Persistence.Audit;

namespace Samverkan.Host.Audit;

/// <summary>
/// Reads the access log for a review, newest first. Every read is itself logged (saved before anything is
/// returned). Who may read is the caller's decision (the API lets only <see cref="Roles.Granskare"/> in).
/// </summary>
internal sealed class AuditReader(IDbContextFactory<CasesDbContext> contexts, AccessLog log, AuditEvents events)
{
    public async Task<PagedResult<AuditEntry>> PageAsync(AuditFilter filter, int page, int pageSize, ICurrentUser reader, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await LogReadAsync(db, filter, $"page {page}", reader, ct);
        var query = Filtered(db, filter);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        events.Read("page");
        return new PagedResult<AuditEntry>(items, total, page, pageSize);
    }

    /// <summary>Logs the export now; the entries follow as the caller enumerates them.</summary>
    public async Task<IAsyncEnumerable<AuditEntry>> ExportAsync(AuditFilter filter, ICurrentUser reader, CancellationToken ct)
    {
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            await LogReadAsync(db, filter, "csv export", reader, ct);
        }
        events.Read("csv");
        return StreamAsync(filter, ct);
    }

    private async IAsyncEnumerable<AuditEntry> StreamAsync(AuditFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await foreach (var entry in Filtered(db, filter).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return entry;
        }
    }

    private async Task LogReadAsync(CasesDbContext db, AuditFilter filter, string what, ICurrentUser reader, CancellationToken ct)
    {
        db.AuditEntries.Add(log.Entry(reader, AuditAction.LogRead, filter.PersonId, detail: $"{what}: {filter.Describe()}"));
        await db.SaveChangesAsync(ct);
    }

    private static IQueryable<AuditEntry> Filtered(CasesDbContext db, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.UserId is { } user)
        {
            query = query.Where(e => e.UserId == user);
        }
        if (filter.PersonId is { } person)
        {
            query = query.Where(e => e.PersonId == person);
        }
        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(e => e.At < to);
        }
        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }
        if (filter.CaseId is { } caseId)
        {
            query = query.Where(e => e.CaseId == caseId);
        }
        if (filter.Organisation is { } organisation)
        {
            // One of the comma-separated organisations the user acted for, not a longer name that starts alike.
            query = query.Where(e => e.Organisations == organisation
                || e.Organisations.StartsWith(organisation + ",")
                || e.Organisations.EndsWith("," + organisation)
                || e.Organisations.Contains("," + organisation + ","));
        }
        // Newest first, in the order written (instants may tie).
        return query.OrderByDescending(e => e.Id);
    }
}
