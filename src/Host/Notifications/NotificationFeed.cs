using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications;

/// <summary>
/// New notifications as they are written: the web application's open pages (Blazor circuits run on the server)
/// subscribe here, as browsers of API clients subscribe to the SignalR hub. On several nodes the
/// <see cref="Hosting.Cluster.NotificationFeedRelay"/> carries what is published here to the other nodes' feeds over
/// Redis, so a page held by node A hears of a notification node B wrote.
/// </summary>
public sealed class NotificationFeed
{
    /// <summary>A notification written on this node or, on several nodes, on another.</summary>
    public event Action<NotificationRecord>? Published;

    /// <summary>The id of a user some of whose notifications were just marked read (on a page or through the API), on any node.</summary>
    public event Action<string>? Read;

    /// <summary>Only what this node wrote or marked read: what the relay tells the other nodes.</summary>
    internal event Action<NotificationRecord>? PublishedHere;

    internal event Action<string>? ReadHere;

    internal void Publish(NotificationRecord notification)
    {
        Published?.Invoke(notification);
        PublishedHere?.Invoke(notification);
    }

    internal void PublishRead(string userId)
    {
        Read?.Invoke(userId);
        ReadHere?.Invoke(userId);
    }

    /// <summary>What another node published, told to this node's pages only.</summary>
    internal void DeliverFromAnotherNode(NotificationRecord notification) => Published?.Invoke(notification);

    internal void DeliverReadFromAnotherNode(string userId) => Read?.Invoke(userId);
}
