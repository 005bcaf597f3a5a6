namespace Samverkan.Host.Notifications;

/// <summary>
/// New notifications as they are written, in this process: the web application's open pages (Blazor circuits run
/// on the server) subscribe here, as browsers of API clients subscribe to the SignalR hub.
/// </summary>
public sealed class NotificationFeed
{
    public event Action<NotificationRecord>? Published;

    internal void Publish(NotificationRecord notification) => Published?.Invoke(notification);
}
