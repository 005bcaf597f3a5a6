using Samverkan.Host.Notifications;

namespace Samverkan.Host.Security;

/// <summary>
/// A browser's WebSocket cannot send an Authorization header, so SignalR sends the bearer token as
/// <c>access_token</c> in the query; it is accepted there for the notifications hub and nowhere else.
/// </summary>
internal static class HubToken
{
    public static string? From(HttpRequest request) =>
        request.Path.StartsWithSegments(NotificationsHub.Path) && request.Query["access_token"] is { Count: > 0 } token
            ? token.ToString()
            : null;
}
