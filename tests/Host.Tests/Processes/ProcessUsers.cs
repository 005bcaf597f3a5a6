using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Notifications;
using Samverkan.Host.Persistence;
using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Tests.Processes;

/// <summary>Users and groups for a <see cref="ProcessHost"/>'s directory, and the notifications they got.</summary>
internal static class ProcessUsers
{
    /// <summary>Settings for <see cref="ProcessHost"/>: each user with the groups they are in.</summary>
    public static IReadOnlyDictionary<string, string?> Directory(params (string Id, string[] Groups)[] users)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < users.Length; i++)
        {
            settings[$"Samverkan:Directory:Users:{i}:Id"] = users[i].Id;
            settings[$"Samverkan:Directory:Users:{i}:Name"] = users[i].Id;
            for (var g = 0; g < users[i].Groups.Length; g++)
            {
                settings[$"Samverkan:Directory:Users:{i}:Groups:{g}"] = users[i].Groups[g];
            }
        }
        return settings;
    }

    /// <summary>The user's notifications of one kind, oldest first.</summary>
    public static async Task<IReadOnlyList<NotificationRecord>> NotificationsAsync(this ProcessHost host, string user, NotificationKind kind)
    {
        var contexts = host.Services.GetRequiredService<IDbContextFactory<HostDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var mine = await db.Notifications.AsNoTracking().Where(n => n.UserId == user && n.Kind == kind).ToListAsync();
        return mine.OrderBy(n => n.CreatedAt).ToList();
    }
}
