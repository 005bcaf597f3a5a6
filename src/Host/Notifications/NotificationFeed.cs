using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications;

/// <summary>
/// New notifications as they are written, in this process: the web application's open pages (Blazor circuits run
/// on the server) subscribe here, as browsers of API clients subscribe to the SignalR hub.
/// </summary>
public sealed class NotificationFeed
{
    public event Action<NotificationRecord>? Published;

    /// <summary>The id of a user some of whose notifications were just marked read (on a page or through the API).</summary>
    public event Action<string>? Read;

    internal void Publish(NotificationRecord notification) => Published?.Invoke(notification);

    internal void PublishRead(string userId) => Read?.Invoke(userId);
}
