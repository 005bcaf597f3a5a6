using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;

namespace Samverkan.Host.Notifications;

/// <summary>A hub connection belongs to the signed-in user: the same id <see cref="Security.ICurrentUser"/> reads (local accounts' name identifier, a provider's <c>sub</c>).</summary>
internal sealed class ClaimsUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) =>
        connection.User.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? connection.User.FindFirst("sub")?.Value;
}
