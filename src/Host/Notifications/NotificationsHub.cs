using Microsoft.AspNetCore.SignalR;
using Samverkan.Host.Notifications.Api;

namespace Samverkan.Host.Notifications;

/// <summary>What a connected browser is sent.</summary>
public interface INotificationsClient
{
    /// <summary>A new notification for the connected user.</summary>
    Task Notification(NotificationResponse notification);
}

/// <summary>
/// /hubs/notifications: a connection belongs to the signed-in user (<see cref="ClaimsUserIdProvider"/>) and receives
/// that user's new notifications.
/// </summary>
public sealed class NotificationsHub : Hub<INotificationsClient>
{
    public const string Path = "/hubs/notifications";

    public override async Task OnConnectedAsync()
    {
        if (string.IsNullOrEmpty(Context.UserIdentifier))
        {
            // Nobody to deliver to: refuse rather than keep a connection that never hears anything.
            Context.Abort();
            return;
        }
        await base.OnConnectedAsync();
    }
}
