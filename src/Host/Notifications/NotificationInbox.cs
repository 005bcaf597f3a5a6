using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Persistence;
using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications;

/// <summary>A user's notifications: list them newest first, mark them read.</summary>
public sealed class NotificationInbox(IDbContextFactory<HostDbContext> contexts, TimeProvider clock, NotificationFeed feed)
{
    public Task<(IReadOnlyList<NotificationRecord> Items, int Total, int Unread)> ListAsync(
        string userId, bool unreadOnly, int page, int pageSize, CancellationToken ct) =>
        ListAsync(userId, unreadOnly, unreadFirst: false, page, pageSize, ct);

    /// <summary>Every unread notification before the read ones, each part newest first (the web page's list).</summary>
    public Task<(IReadOnlyList<NotificationRecord> Items, int Total, int Unread)> ListUnreadFirstAsync(
        string userId, int page, int pageSize, CancellationToken ct) =>
        ListAsync(userId, unreadOnly: false, unreadFirst: true, page, pageSize, ct);

    private async Task<(IReadOnlyList<NotificationRecord> Items, int Total, int Unread)> ListAsync(
        string userId, bool unreadOnly, bool unreadFirst, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        var listed = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var total = unreadOnly ? unread : await listed.CountAsync(ct);
        var ordered = unreadFirst
            ? listed.OrderBy(n => n.ReadAt == null ? 0 : 1).ThenByDescending(n => n.CreatedAt)
            : listed.OrderByDescending(n => n.CreatedAt);
        var items = await ordered.ThenByDescending(n => n.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(ct);
        return (items, total, unread);
    }

    /// <summary>The user's notification, now read; null when they have none with that id.</summary>
    public async Task<NotificationRecord?> MarkReadAsync(Guid id, string userId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct) is not { } notification)
        {
            return null;
        }
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        feed.PublishRead(userId);
        return notification;
    }

    /// <summary>Marks every unread notification of the user read; returns how many.</summary>
    public async Task<int> MarkAllReadAsync(string userId, CancellationToken ct)
    {
        DateTimeOffset? now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var marked = await db.Notifications
            .Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        if (marked > 0)
        {
            feed.PublishRead(userId);
        }
        return marked;
    }
}
