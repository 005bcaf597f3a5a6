using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications;

/// <summary>Creates notifications: stores them, pushes them to connected users, and queues their e-mail.</summary>
public interface INotifier
{
    /// <summary>
    /// Returns the notifications created; empty when nobody is to be told or the request's dedupe key was used before.
    /// E-mail is only queued here; sending never blocks or fails the caller.
    /// </summary>
    Task<IReadOnlyList<NotificationRecord>> NotifyAsync(NotificationRequest request, CancellationToken ct = default);
}
