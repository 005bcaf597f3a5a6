using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Shared.Persistence;

namespace Samverkan.Host.Persistence.Sqlite;

/// <summary>The host's own tables (notifications, cases and the access log, accounts) on SQLite, with this assembly's migrations.</summary>
public static class HostStoresSqlite
{
    private static readonly string MigrationsAssembly = typeof(HostStoresSqlite).Assembly.GetName().Name!;

    /// <summary>Stores the host's tables in the SQLite database of <paramref name="connectionString"/>, beside the engine's.</summary>
    public static IServiceCollection AddHostStoresSqlite(this IServiceCollection services, string connectionString) =>
        services.AddHostStores(
            b => b.UseHostSqlite(connectionString),
            b => b.UseCasesSqlite(connectionString),
            b => b.UseAccountsSqlite(connectionString));

    // WAL, which the engine's connections switch on, is a property of the file; the busy wait is the connection's.
    public static DbContextOptionsBuilder UseHostSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseStore(connectionString, HostStoresServiceCollectionExtensions.HostHistoryTable);

    public static DbContextOptionsBuilder UseCasesSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseStore(connectionString, HostStoresServiceCollectionExtensions.CasesHistoryTable);

    public static DbContextOptionsBuilder UseAccountsSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseStore(connectionString, HostStoresServiceCollectionExtensions.AccountsHistoryTable);

    private static DbContextOptionsBuilder UseStore(this DbContextOptionsBuilder builder, string connectionString, string historyTable) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(MigrationsAssembly).MigrationsHistoryTable(historyTable))
            .AddInterceptors(new SqlitePragmaInterceptor(SqlitePragmaInterceptor.BusyWait));
}
