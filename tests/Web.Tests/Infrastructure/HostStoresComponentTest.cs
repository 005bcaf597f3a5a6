using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Notifications;
using Samverkan.Host.Persistence.Sqlite;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Security.Organisations;
using Samverkan.Testing;

namespace Samverkan.Web.Tests.Infrastructure;

/// <summary>
/// bUnit with the host's own stores on a SQLite file of its own: the organisations and groups of the shipped
/// workflows/organisations.json, and the local accounts with the demo users.
/// </summary>
public abstract class HostStoresComponentTest : WebComponentTest, IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"samverkan-web-host-{Guid.NewGuid():N}.db");

    protected HostStoresComponentTest()
    {
        Services.AddLogging();
        Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        Services.AddSingleton(TimeProvider.System);
        Services.AddHostStoresSqlite($"Data Source={_database}");
        Services.AddSamverkanOrganisations();
        Services.AddSamverkanAccounts();
    }

    internal OrganisationDirectory Organisations => Services.GetRequiredService<OrganisationDirectory>();

    public async Task InitializeAsync()
    {
        await Services.InitializeNotificationsAsync();
        await Organisations.UpsertAsync(OrganisationsFile.Read(Path.Combine(Repository.Workflows, OrganisationsFile.FileName)), CancellationToken.None);
        await Services.InitializeAccountsAsync(seedDemoUsers: true, CancellationToken.None);
    }

    // MudBlazor's services only dispose asynchronously.
    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }
}
