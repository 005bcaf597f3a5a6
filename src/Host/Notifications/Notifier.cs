using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samverkan.Host.Notifications.Api;
using Samverkan.Host.Notifications.Email;
using Samverkan.Host.Notifications.Recipients;
using Samverkan.Host.Persistence;
using Samverkan.Shared.Persistence;
using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications;

/// <summary>
/// Fans a request out to users, writes their notifications and e-mails in one transaction, then pushes the
/// notifications live and hands the e-mails to the sender. Pushing and sending happen after the commit and
/// never fail the caller.
/// </summary>
internal sealed class Notifier(
    IDbContextFactory<HostDbContext> contexts,
    IRecipientDirectory directory,
    IHubContext<NotificationsHub, INotificationsClient> hub,
    EmailDispatch emails,
    NotificationFeed feed,
    IOptionsMonitor<SmtpOptions> smtp,
    IOptionsMonitor<NotificationsOptions> options,
    TimeProvider clock,
    ILogger<Notifier> log) : INotifier
{
    public async Task<IReadOnlyList<NotificationRecord>> NotifyAsync(NotificationRequest request, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (request.DedupeKey is { } key && await db.Notifications.AnyAsync(n => n.DedupeKey == key, ct))
        {
            log.LogDebug("Notifications with dedupe key {DedupeKey} exist; nothing new to send", key);
            return [];
        }
        var users = await ResolveUsersAsync(request.To, ct);
        if (users.Count == 0)
        {
            log.LogWarning("A {Kind} notification had no recipients after groups were expanded", request.Kind);
            return [];
        }

        var now = clock.GetUtcNow();
        var created = users.Select(user => new NotificationRecord(Guid.NewGuid(), user, request.Kind, request.Title, request.Body, now)
        {
            TaskId = request.TaskId,
            InstanceId = request.InstanceId,
            FromProcess = request.FromProcess,
            DedupeKey = request.DedupeKey,
        }).ToList();
        var mails = await ComposeEmailsAsync(request, created, now, ct);
        db.Notifications.AddRange(created);
        db.Emails.AddRange(mails);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (request.DedupeKey is not null && DbErrors.IsUniqueViolation(e))
        {
            // Another run with the same key committed first (a job run twice at once): it told everybody.
            log.LogDebug("Notifications with dedupe key {DedupeKey} were written concurrently", request.DedupeKey);
            return [];
        }
        log.LogInformation("Created {NotificationCount} {Kind} notifications and queued {EmailCount} e-mails",
            created.Count, request.Kind, mails.Count);

        await PushAsync(created);
        foreach (var mail in mails)
        {
            emails.Enqueue(mail.Id, notBefore: null);
        }
        return created;
    }

    private async Task<List<string>> ResolveUsersAsync(IReadOnlyCollection<RecipientRef> to, CancellationToken ct)
    {
        var users = new List<string>();
        foreach (var recipient in to)
        {
            if (recipient.Type == RecipientType.User)
            {
                users.Add(recipient.Id);
            }
            else
            {
                users.AddRange(await directory.MembersOfAsync(recipient.Id, ct));
            }
        }
        return users.Where(u => !string.IsNullOrWhiteSpace(u)).Distinct(StringComparer.Ordinal).ToList();
    }

    private async Task<List<EmailRecord>> ComposeEmailsAsync(NotificationRequest request, List<NotificationRecord> created, DateTimeOffset now, CancellationToken ct)
    {
        var settings = smtp.CurrentValue;
        if (!settings.Enabled)
        {
            return [];
        }
        var subject = EmailTexts.Subject(request.Kind);
        var body = EmailTexts.Body(request.Kind, EmailTexts.Link(options.CurrentValue.PublicBaseUrl, request.TaskId));
        // One calendar event for everybody invited, so that a later update can name the same one.
        var uid = $"{Guid.NewGuid():N}@samverkan";
        var mails = new List<EmailRecord>();
        foreach (var notification in created)
        {
            if ((await directory.FindUserAsync(notification.UserId, ct))?.Email is not { } address)
            {
                continue;
            }
            var calendar = request.Meeting is { } meeting
                ? MeetingCalendar.Create(meeting, uid, settings.From, address, now)
                : null;
            mails.Add(new EmailRecord(Guid.NewGuid(), notification.Id, address, subject, body, calendar, now));
        }
        return mails;
    }

    private async Task PushAsync(IEnumerable<NotificationRecord> created)
    {
        foreach (var notification in created)
        {
            try
            {
                feed.Publish(notification);
                await hub.Clients.User(notification.UserId).Notification(NotificationResponse.From(notification.ForPush()));
            }
            catch (Exception e)
            {
                // The notification is stored; a user who missed the push sees it in the list.
                log.LogWarning(e, "Pushing notification {NotificationId} failed", notification.Id);
            }
        }
    }
}
