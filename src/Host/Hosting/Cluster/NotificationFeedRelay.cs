using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Notifications;
using Samverkan.Host.Persistence;
using StackExchange.Redis;

namespace Samverkan.Host.Hosting.Cluster;

/// <summary>
/// Carries the <see cref="NotificationFeed"/> between nodes over the Redis connection the SignalR backplane uses: what
/// this node publishes goes out as the notification's id (or, for a read, the user's id), and what another node
/// publishes is read back from the shared database and told to this node's open pages. The SignalR hub has its own
/// backplane; this is for the web application's pages, whose circuits listen in-process.
/// </summary>
internal sealed class NotificationFeedRelay(
    RedisBackplane backplane, NotificationFeed feed, IDbContextFactory<HostDbContext> contexts, SamverkanNode node, ILogger<NotificationFeedRelay> log)
    : IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("notification-feed");

    // Node names are meant to differ but need not; what this process sent is known by an id of its own.
    private readonly string _sender = $"{node.Name}/{Guid.NewGuid():N}";
    private ISubscriber? _subscriber;

    public async Task StartAsync(CancellationToken ct)
    {
        _subscriber = (await backplane.ConnectionAsync.WaitAsync(ct)).GetSubscriber();
        await _subscriber.SubscribeAsync(Channel, (_, value) => Receive(value));
        feed.PublishedHere += OnPublishedHere;
        feed.ReadHere += OnReadHere;
    }

    public async Task StopAsync(CancellationToken ct)
    {
        feed.PublishedHere -= OnPublishedHere;
        feed.ReadHere -= OnReadHere;
        if (_subscriber is not null)
        {
            await _subscriber.UnsubscribeAsync(Channel);
        }
    }

    private void OnPublishedHere(Persistence.Notifications.NotificationRecord notification) => Send(new FeedMessage(_sender, notification.Id, null));

    private void OnReadHere(string userId) => Send(new FeedMessage(_sender, null, userId));

    private void Send(FeedMessage message)
    {
        // Fire and forget: a page that misses the push sees the notification when it next reads the list.
        _subscriber?.Publish(Channel, JsonSerializer.Serialize(message), CommandFlags.FireAndForget);
    }

    // Redis calls this on its own thread and awaits nothing: every failure is caught and logged here, none may escape.
    private async void Receive(RedisValue value)
    {
        try
        {
            if (JsonSerializer.Deserialize<FeedMessage>(value.ToString()) is not { } message || message.Node == _sender)
            {
                return;
            }
            if (message.ReadBy is { } userId)
            {
                feed.DeliverReadFromAnotherNode(userId);
                return;
            }
            await using var db = await contexts.CreateDbContextAsync();
            if (await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == message.NotificationId) is { } notification)
            {
                feed.DeliverFromAnotherNode(notification);
            }
        }
        catch (Exception e)
        {
            log.LogWarning(e, "A notification from another node could not be passed on to this node's pages");
        }
    }

    /// <summary>On the wire: which node, and either a new notification's id or the user whose notifications were read.</summary>
    private sealed record FeedMessage(string Node, Guid? NotificationId, string? ReadBy);
}
