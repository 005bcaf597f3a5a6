using Samverkan.Host.Notifications;
using Samverkan.Host.Persistence.Notifications;

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
    public static IReadOnlyDictionary<string, string?> Settings { get; } =
        ProcessUsers.Directory([.. Groups.Select(group => (MemberOf(group), new[] { group }))]);

    public static string MemberOf(string group) => group + "-1";

    /// <summary>The user's notifications of one kind, newest first.</summary>
    public static async Task<IReadOnlyList<NotificationRecord>> NewestNotificationsAsync(this ProcessHost host, string userId, NotificationKind kind) =>
        [.. (await host.NotificationsAsync(userId, kind)).Reverse()];
}
