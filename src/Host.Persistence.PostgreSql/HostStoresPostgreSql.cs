using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Samverkan.Host.Persistence.PostgreSql;

/// <summary>The host's own tables (notifications, cases and the access log, accounts) on PostgreSQL, with this assembly's migrations.</summary>
public static class HostStoresPostgreSql
{
    private static readonly string MigrationsAssembly = typeof(HostStoresPostgreSql).Assembly.GetName().Name!;

    /// <summary>Stores the host's tables in the PostgreSQL database of <paramref name="connectionString"/>, beside the engine's.</summary>
    public static IServiceCollection AddHostStoresPostgreSql(this IServiceCollection services, string connectionString) =>
        services.AddHostStores(
            b => b.UseHostPostgreSql(connectionString),
            b => b.UseCasesPostgreSql(connectionString),
            b => b.UseAccountsPostgreSql(connectionString));

    public static DbContextOptionsBuilder UseHostPostgreSql(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseStore(connectionString, HostStoresServiceCollectionExtensions.HostHistoryTable);

    public static DbContextOptionsBuilder UseCasesPostgreSql(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseStore(connectionString, HostStoresServiceCollectionExtensions.CasesHistoryTable);

    public static DbContextOptionsBuilder UseAccountsPostgreSql(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseStore(connectionString, HostStoresServiceCollectionExtensions.AccountsHistoryTable);

    private static DbContextOptionsBuilder UseStore(this DbContextOptionsBuilder builder, string connectionString, string historyTable) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly).MigrationsHistoryTable(historyTable));
}
