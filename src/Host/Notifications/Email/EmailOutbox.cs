using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Persistence;
using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications.Email;

/// <summary>
/// The e-mails waiting to go out. A sender claims one for a while before sending, so a Hangfire job and the
/// sweep never send the same one at once; a sender that dies leaves a claim that runs out.
/// </summary>
internal sealed class EmailOutbox(IDbContextFactory<HostDbContext> contexts, TimeProvider clock)
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    /// <summary>The e-mail if it is pending, due and not claimed by another sender; now claimed by this one.</summary>
    public async Task<EmailRecord?> ClaimAsync(Guid emailId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + ClaimFor;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var claimed = await db.Emails
            .Where(e => e.Id == emailId && e.Status == EmailStatus.Pending && e.NextAttemptAt <= now
                && (e.LockedUntil == null || e.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LockedUntil, until), ct);
        return claimed == 1 ? await db.Emails.AsNoTracking().SingleAsync(e => e.Id == emailId, ct) : null;
    }

    /// <summary>When a pending e-mail's next attempt is due; null when it is sent or given up.</summary>
    public async Task<DateTimeOffset?> PendingUntilAsync(Guid emailId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Emails
            .Where(e => e.Id == emailId && e.Status == EmailStatus.Pending)
            .Select(e => (DateTimeOffset?)e.NextAttemptAt)
            .SingleOrDefaultAsync(ct);
    }

    public async Task MarkSentAsync(Guid emailId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var email = await db.Emails.SingleAsync(e => e.Id == emailId, ct);
        email.Sent(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records the failure; returns when to try again, or null when the e-mail is given up.</summary>
    public async Task<DateTimeOffset?> MarkFailedAsync(Guid emailId, string error, SmtpOptions smtp, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var email = await db.Emails.SingleAsync(e => e.Id == emailId, ct);
        var retryAt = email.AttemptFailed(error, clock.GetUtcNow(), Math.Max(1, smtp.MaxAttempts), smtp.RetryDelay);
        await db.SaveChangesAsync(ct);
        return retryAt;
    }

    /// <summary>Pending e-mails that are due and not claimed, oldest first.</summary>
    public async Task<IReadOnlyList<Guid>> FindDueAsync(int max, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Emails
            .Where(e => e.Status == EmailStatus.Pending && e.NextAttemptAt <= now && (e.LockedUntil == null || e.LockedUntil < now))
            .OrderBy(e => e.NextAttemptAt)
            .Select(e => e.Id)
            .Take(max)
            .ToListAsync(ct);
    }
}
