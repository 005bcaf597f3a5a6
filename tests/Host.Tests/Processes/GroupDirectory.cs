using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Notifications;

namespace Samverkan.Host.Tests.Processes;

/// <summary>
/// A directory with one member, <c>{group}-1</c>, in each candidate group the processes use, so that what a process
/// tells a group reaches someone the test can ask.
/// </summary>
internal static class GroupDirectory
{
    private static readonly string[] Groups =
    [
        "sip-samordnare", "handlaggarniva", "ledningsniva", "vardsamverkansgrupp", "narvardskontoret", "au", "fact-team",
        "avvikelseansvarig", "avvikelsegrupp", "uppdragsgrupp", "strategigrupp",
    ];

    /// <summary>The configuration to give <see cref="ProcessHost"/>.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = Groups
        .SelectMany((group, i) => new[]
        {
            KeyValuePair.Create($"Samverkan:Directory:Users:{i}:Id", (string?)MemberOf(group)),
            KeyValuePair.Create($"Samverkan:Directory:Users:{i}:Groups:0", (string?)group),
        })
        .ToDictionary();

    public static string MemberOf(string group) => group + "-1";

    /// <summary>The user's notifications of one kind, newest first.</summary>
    public static async Task<IReadOnlyList<NotificationRecord>> NotificationsAsync(this ProcessHost host, string userId, NotificationKind kind)
    {
        var (items, _, _) = await host.Services.GetRequiredService<NotificationInbox>()
            .ListAsync(userId, unreadOnly: false, page: 1, pageSize: 500, CancellationToken.None);
        return items.Where(n => n.Kind == kind).ToList();
    }
}
