using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Host.Components.Manager;
using Samverkan.Host.Security;
using Samverkan.Rules;
using Samverkan.Rules.Parameters;
using Samverkan.Rules.Persistence.Sqlite;
using Samverkan.Testing;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.Manager;

/// <summary>bUnit with the real rule sets and parameters of workflows/rules on a SQLite file of its own, at a fake instant.</summary>
public abstract class RulesComponentTest : WebComponentTest, IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"samverkan-web-rules-{Guid.NewGuid():N}.db");

    protected RulesComponentTest()
    {
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddRules().AddRulesSqlite($"Data Source={_database}");
        Services.AddScoped<ParameterChanges>();
        Services.AddScoped<RedThreadDryRun>();
    }

    /// <summary>Monday 23 November 2026, 10:00 Swedish time: week 48.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1)));

    protected IParameterService Parameters => Services.GetRequiredService<IParameterService>();

    public async Task InitializeAsync()
    {
        await Services.MigrateRulesAsync();
        await Services.DeployRulesAsync(Repository.Rules);
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    /// <summary>The signed-in user as the page passes it on: the principal and who they are.</summary>
    protected async Task<(ClaimsPrincipal User, ICurrentUser Who)> CurrentUserAsync()
    {
        var principal = (await Services.GetRequiredService<AuthenticationStateProvider>().GetAuthenticationStateAsync()).User;
        return (principal, new ClaimsCurrentUser(principal, new AuthOptions()));
    }
}
