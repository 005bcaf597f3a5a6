using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samverkan.Host.Persistence;

namespace Samverkan.Host.Audit;

/// <summary>
/// The only way entries leave the access log: those older than the retention are deleted. A recurring Hangfire
/// job; running it twice deletes nothing more. The database's own trigger refuses anything younger than five years.
/// </summary>
public sealed class AuditRetentionJob(IDbContextFactory<CasesDbContext> contexts, IOptions<AuditOptions> options, TimeProvider clock, AuditEvents events)
{
    public const string RecurringJobId = "audit-retention";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().AddYears(-options.Value.RetentionYears);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var removed = await db.AuditEntries.Where(e => e.At < cutoff).ExecuteDeleteAsync(ct);
        events.RetentionRemoved(removed, cutoff);
        return removed;
    }
}
