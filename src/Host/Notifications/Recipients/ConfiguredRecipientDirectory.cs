using Microsoft.Extensions.Options;

namespace Samverkan.Host.Notifications.Recipients;

/// <summary>The directory from <c>Samverkan:Directory:Users</c>; follows changes to the configuration.</summary>
internal sealed class ConfiguredRecipientDirectory(IOptionsMonitor<DirectoryOptions> options) : IRecipientDirectory
{
    public Task<IReadOnlyList<string>> MembersOfAsync(string groupId, CancellationToken ct = default)
    {
        IReadOnlyList<string> members = Users()
            .Where(u => u.Groups.Any(g => string.Equals(g.Trim(), groupId, StringComparison.Ordinal)))
            .Select(u => u.Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(members);
    }

    public Task<DirectoryPerson?> FindUserAsync(string userId, CancellationToken ct = default)
    {
        var user = Users().FirstOrDefault(u => string.Equals(u.Id, userId, StringComparison.Ordinal));
        var email = string.IsNullOrWhiteSpace(user?.Email) ? null : user.Email.Trim();
        return Task.FromResult(user is null ? null : new DirectoryPerson(user.Id, user.Name, email));
    }

    private IEnumerable<DirectoryUserOptions> Users() =>
        options.CurrentValue.Users.Where(u => !string.IsNullOrWhiteSpace(u.Id));
}
