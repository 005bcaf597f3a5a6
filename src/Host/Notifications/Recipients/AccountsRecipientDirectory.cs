using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Security;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Persistence;

namespace Samverkan.Host.Notifications.Recipients;

/// <summary>
/// The local accounts as the directory (with the configured users beside them): a group's members are the accounts
/// with it among their groups, roles or organisations, as <see cref="ICurrentUser.Groups"/> counts them; an account's
/// e-mail is its address. A locked-out account is nobody's member and gets no e-mail.
/// </summary>
internal sealed class AccountsRecipientDirectory(IServiceScopeFactory scopes, ConfiguredRecipientDirectory configured, TimeProvider clock)
    : IRecipientDirectory
{
    private static readonly string[] GroupClaims = [SamverkanClaims.Group, SamverkanClaims.Organisation];

    public async Task<IReadOnlyList<string>> MembersOfAsync(string groupId, CancellationToken ct = default)
    {
        var group = groupId.Trim();
        var lower = group.ToLowerInvariant();
        var upper = group.ToUpperInvariant();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        // Case-insensitive like ICurrentUser.Groups (lower() in SQLite folds ASCII only, which group ids are).
        var byClaim = db.UserClaims.Where(c => GroupClaims.Contains(c.ClaimType) && c.ClaimValue!.ToLower() == lower).Select(c => c.UserId);
        var byRole = db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == upper)).Select(ur => ur.UserId);
        var accounts = await db.Users.AsNoTracking().Where(u => byClaim.Contains(u.Id) || byRole.Contains(u.Id)).ToListAsync(ct);
        var members = accounts.Where(IsActive).Select(u => u.Id).ToList();
        return [.. members.Concat(await configured.MembersOfAsync(groupId, ct)).Distinct(StringComparer.Ordinal)];
    }

    public async Task<DirectoryPerson?> FindUserAsync(string userId, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByIdAsync(userId) is not { } account)
        {
            return await configured.FindUserAsync(userId, ct);
        }
        if (!IsActive(account))
        {
            return null;
        }
        var name = (await users.GetClaimsAsync(account)).FirstOrDefault(c => c.Type == SamverkanClaims.Name)?.Value;
        return new DirectoryPerson(account.Id, name ?? account.Email ?? account.Id, string.IsNullOrWhiteSpace(account.Email) ? null : account.Email);
    }

    private bool IsActive(IdentityUser account) => !(account.LockoutEnd > clock.GetUtcNow());
}
