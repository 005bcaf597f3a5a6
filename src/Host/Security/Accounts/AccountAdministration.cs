using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Samverkan.Host.Security.Accounts;

/// <summary>What an administrator does with local accounts: list, create, change roles, organisations and groups, lock.</summary>
internal sealed class AccountAdministration(UserManager<IdentityUser> users, TimeProvider clock)
{
    public sealed record Account(
        IdentityUser User, IReadOnlyList<string> Roles, IReadOnlyList<string> Organisations, IReadOnlyList<string> Groups, string DisplayName, bool LockedOut);

    /// <summary>What an account should be: name, roles, organisations and explicit task groups (none, or on a change the current ones, when null).</summary>
    public sealed record Profile(string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Organisations, IReadOnlyList<string>? Groups);

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
        string email, string password, Profile profile)
    {
        var errors = Check(profile);
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
        await SetAsync(user, profile);
        return (await DescribeAsync(user), []);
    }

    /// <summary>Null account and no errors: there is no such account.</summary>
    public async Task<(Account? Account, IReadOnlyList<(string Field, string Message)> Errors)> ChangeAsync(
        string id, Profile profile, bool locked)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return (null, []);
        }
        var errors = Check(profile);
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        profile = profile with { Groups = profile.Groups ?? (await DescribeAsync(user)).Groups };
        await SetAsync(user, profile);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        return (await DescribeAsync(user), []);
    }

    private static List<(string Field, string Message)> Check(Profile profile)
    {
        var errors = new List<(string Field, string Message)>();
        if (string.IsNullOrWhiteSpace(profile.DisplayName))
        {
            errors.Add(("displayName", "Ange kontots namn."));
        }
        if (profile.Roles.Count == 0 || profile.Roles.Any(r => !Security.Roles.All.Contains(r)))
        {
            errors.Add(("roles", $"Ange en eller flera roller av: {string.Join(", ", Security.Roles.All)}."));
        }
        if (profile.Organisations.Count == 0 || profile.Organisations.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(("organisations", "Ange en eller flera organisationer."));
        }
        // The engine keeps a task's candidate groups comma-separated: a comma would make a group that never matches.
        if ((profile.Groups ?? []).Any(g => string.IsNullOrWhiteSpace(g) || g.Contains(',', StringComparison.Ordinal)))
        {
            errors.Add(("groups", "En grupp får inte vara tom eller innehålla kommatecken."));
        }
        return errors;
    }

    private async Task SetAsync(IdentityUser user, Profile profile)
    {
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(profile.Roles));
        await users.AddToRolesAsync(user, profile.Roles.Except(current).Distinct());
        var claims = (await users.GetClaimsAsync(user))
            .Where(c => c.Type is SamverkanClaims.Organisation or SamverkanClaims.Group or SamverkanClaims.Name).ToList();
        await users.RemoveClaimsAsync(user, claims);
        await users.AddClaimsAsync(user, Claims(SamverkanClaims.Organisation, profile.Organisations)
            .Concat(Claims(SamverkanClaims.Group, profile.Groups ?? []))
            .Append(new Claim(SamverkanClaims.Name, profile.DisplayName.Trim())));
        // Tokens and cookies issued before carry the old roles; a new security stamp makes them stale.
        await users.UpdateSecurityStampAsync(user);
    }

    private async Task<Account> DescribeAsync(IdentityUser user)
    {
        var claims = await users.GetClaimsAsync(user);
        var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var organisations = claims.Where(c => c.Type == SamverkanClaims.Organisation).Select(c => c.Value).ToList();
        var groups = claims.Where(c => c.Type == SamverkanClaims.Group).Select(c => c.Value).ToList();
        var name = claims.FirstOrDefault(c => c.Type == SamverkanClaims.Name)?.Value ?? user.Email ?? user.Id;
        return new Account(user, roles, organisations, groups, name, user.LockoutEnd > clock.GetUtcNow());
    }

    /// <summary>One claim of <paramref name="type"/> per value, trimmed, each value once (case-insensitively).</summary>
    internal static IEnumerable<Claim> Claims(string type, IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Select(v => new Claim(type, v));
}
