namespace Samverkan.Host.Notifications.Recipients;

/// <summary>
/// Who is in a group and how to reach a user. The default reads configuration; the identity issue replaces it
/// with the real user directory.
/// </summary>
public interface IRecipientDirectory
{
    /// <summary>The user ids of the group's members; empty for an unknown group.</summary>
    Task<IReadOnlyList<string>> MembersOfAsync(string groupId, CancellationToken ct = default);

    /// <summary>The user, or null when the directory does not know them (they still get in-app notifications).</summary>
    Task<DirectoryPerson?> FindUserAsync(string userId, CancellationToken ct = default);
}
