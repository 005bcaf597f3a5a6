using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Samverkan.Host.Notifications.Recipients;
using Samverkan.Host.Persistence;
using Samverkan.Shared.Persistence;

namespace Samverkan.Host.Security.Accounts;

/// <summary>Local accounts: ASP.NET Core Identity on the service's database, bearer tokens and cookies, lock-out.</summary>
internal static class AccountsSetup
{
    public static void AddSamverkanAccounts(this IServiceCollection services)
    {
        services.AddIdentityApiEndpoints<IdentityUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<SwedishIdentityErrors>()
            .AddEntityFrameworkStores<AccountsDbContext>();
        services.AddScoped<AccountAdministration>();
        // Notifications reach the accounts (and, beside them, the users in configuration).
        services.TryAddSingleton<ConfiguredRecipientDirectory>();
        services.Replace(ServiceDescriptor.Singleton<IRecipientDirectory, AccountsRecipientDirectory>());
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, o => o.Events.OnMessageReceived = context =>
        {
            context.Token ??= HubToken.From(context.Request);
            return Task.CompletedTask;
        });
    }

    /// <summary>Creates or migrates the accounts' tables; in Development, also the roles and the demo users.</summary>
    public static async Task InitializeAccountsAsync(this IServiceProvider services, bool seedDemoUsers, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Database.MigrateSchemaAsync(ct);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
        if (seedDemoUsers)
        {
            await SeedAsync(scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>());
        }
    }

    private static async Task SeedAsync(UserManager<IdentityUser> users)
    {
        foreach (var demo in DemoUsers.All)
        {
            if (await users.FindByIdAsync(demo.Email) is { } existing)
            {
                await AddMissingGroupsAsync(users, existing, demo);
                continue;
            }
            var user = new IdentityUser(demo.Email) { Id = demo.Email, Email = demo.Email, EmailConfirmed = true };
            Check(await users.CreateAsync(user, DemoUsers.Password), demo.Email);
            Check(await users.AddToRoleAsync(user, demo.Role), demo.Email);
            Check(await users.AddClaimsAsync(user,
                AccountAdministration.Claims(SamverkanClaims.Group, demo.Groups)
                    .Prepend(new(SamverkanClaims.Organisation, demo.Organisation))
                    .Append(new(SamverkanClaims.Name, demo.DisplayName))), demo.Email);
        }
    }

    /// <summary>A database from before groups existed (or before a demo user got a new one) gets them; groups an administrator added stay.</summary>
    private static async Task AddMissingGroupsAsync(UserManager<IdentityUser> users, IdentityUser user, DemoUser demo)
    {
        var has = (await users.GetClaimsAsync(user)).Where(c => c.Type == SamverkanClaims.Group).Select(c => c.Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = demo.Groups.Where(g => !has.Contains(g)).ToList();
        if (missing.Count > 0)
        {
            Check(await users.AddClaimsAsync(user, AccountAdministration.Claims(SamverkanClaims.Group, missing)), demo.Email);
            // Tokens issued before carry the old groups.
            Check(await users.UpdateSecurityStampAsync(user), demo.Email);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not set up the account or role {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
