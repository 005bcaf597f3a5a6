using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Samverkan.Host.Security.Accounts;

/// <summary>What an administrator does with local accounts: list, create, change roles and organisations, lock.</summary>
internal sealed class AccountAdministration(UserManager<IdentityUser> users, TimeProvider clock)
{
    public sealed record Account(IdentityUser User, IReadOnlyList<string> Roles, IReadOnlyList<string> Organisations, string DisplayName, bool LockedOut);

    public async Task<IReadOnlyList<Account>> ListAsync(CancellationToken ct)
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync(ct);
        var accounts = new List<Account>(all.Count);
        foreach (var user in all)
        {
            accounts.Add(await DescribeAsync(user));
        }
        return accounts;
    }

    /// <summary>The account, or the reasons it cannot be made (field, message).</summary>
    public async Task<(Account? Account, IReadOnlyList<(string Field, string Message)> Errors)> CreateAsync(
        string email, string displayName, string password, IReadOnlyList<string> roles, IReadOnlyList<string> organisations)
    {
        var errors = Check(roles, organisations);
        if (await users.FindByIdAsync(email.Trim()) is not null)
        {
            errors.Add(("email", "Det finns redan ett konto med den e-postadressen."));
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var user = new IdentityUser(email.Trim()) { Id = email.Trim(), Email = email.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, created.Errors.Select(e => (e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email", e.Description)).ToList());
        }
        await SetAsync(user, displayName, roles, organisations);
        return (await DescribeAsync(user), []);
    }

    /// <summary>Null account and no errors: there is no such account.</summary>
    public async Task<(Account? Account, IReadOnlyList<(string Field, string Message)> Errors)> ChangeAsync(
        string id, string displayName, IReadOnlyList<string> roles, IReadOnlyList<string> organisations, bool locked)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return (null, []);
        }
        var errors = Check(roles, organisations);
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        await SetAsync(user, displayName, roles, organisations);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        return (await DescribeAsync(user), []);
    }

    private static List<(string Field, string Message)> Check(IReadOnlyList<string> roles, IReadOnlyList<string> organisations)
    {
        var errors = new List<(string Field, string Message)>();
        if (roles.Count == 0 || roles.Any(r => !Security.Roles.All.Contains(r)))
        {
            errors.Add(("roles", $"Ange en eller flera roller av: {string.Join(", ", Security.Roles.All)}."));
        }
        if (organisations.Count == 0 || organisations.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(("organisations", "Ange en eller flera organisationer."));
        }
        return errors;
    }

    private async Task SetAsync(IdentityUser user, string displayName, IReadOnlyList<string> roles, IReadOnlyList<string> organisations)
    {
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(current).Distinct());
        var claims = (await users.GetClaimsAsync(user))
            .Where(c => c.Type is SamverkanClaims.Organisation or SamverkanClaims.Name).ToList();
        await users.RemoveClaimsAsync(user, claims);
        await users.AddClaimsAsync(user, organisations.Select(o => o.Trim()).Distinct()
            .Select(o => new Claim(SamverkanClaims.Organisation, o))
            .Append(new Claim(SamverkanClaims.Name, displayName.Trim())));
        // Tokens and cookies issued before carry the old roles; a new security stamp makes them stale.
        await users.UpdateSecurityStampAsync(user);
    }

    private async Task<Account> DescribeAsync(IdentityUser user)
    {
        var claims = await users.GetClaimsAsync(user);
        var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var organisations = claims.Where(c => c.Type == SamverkanClaims.Organisation).Select(c => c.Value).ToList();
        var name = claims.FirstOrDefault(c => c.Type == SamverkanClaims.Name)?.Value ?? user.Email ?? user.Id;
        return new Account(user, roles, organisations, name, user.LockoutEnd > clock.GetUtcNow());
    }
}
