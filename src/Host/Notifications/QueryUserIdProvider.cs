using Microsoft.AspNetCore.SignalR;

namespace Samverkan.Host.Notifications;

/// <summary>
/// Until authentication exists, a hub connection says who it is with <c>?user=</c>. The identity issue replaces
/// this with the signed-in user's id, and <c>Clients.User</c> keeps working unchanged.
/// </summary>
internal sealed class QueryUserIdProvider : IUserIdProvider
{
    public const string Parameter = "user";

    public string? GetUserId(HubConnectionContext connection)
    {
        var user = connection.GetHttpContext()?.Request.Query[Parameter].ToString().Trim();
        return string.IsNullOrEmpty(user) ? null : user;
    }
}
