using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Samverkan.Host.Persistence.PostgreSql;

/// <summary>The host's own tables (notifications, cases and the access log, accounts) on PostgreSQL, with this assembly's migrations.</summary>
public static class HostStoresPostgreSql
{
    private static readonly string MigrationsAssembly = typeof(HostStoresPostgreSql).Assembly.GetName().Name!;

    /// <summary>Stores the host's tables in the PostgreSQL database of <paramref name="connectionString"/>, beside the engine's.</summary>
    /// <remarks>The key ring and the secrets go into the database too, so that every node reads the same.</remarks>
    public static IServiceCollection AddHostStoresPostgreSql(this IServiceCollection services, string connectionString) =>
        services
            .AddHostStores(
                b => b.UseHostPostgreSql(connectionString),
                b => b.UseCasesPostgreSql(connectionString),
                b => b.UseAccountsPostgreSql(connectionString))
            .AddKeyRingStore(b => b.UseKeyRingPostgreSql(connectionString));

    public static DbContextOptionsBuilder UseHostPostgreSql(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseStore(connectionString, HostStoresServiceCollectionExtensions.HostHistoryTable);

    public static DbContextOptionsBuilder UseCasesPostgreSql(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseStore(connectionString, HostStoresServiceCollectionExtensions.CasesHistoryTable);

    public static DbContextOptionsBuilder UseAccountsPostgreSql(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseStore(connectionString, HostStoresServiceCollectionExtensions.AccountsHistoryTable);

    public static DbContextOptionsBuilder UseKeyRingPostgreSql(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseStore(connectionString, HostStoresServiceCollectionExtensions.KeyRingHistoryTable);

    private static DbContextOptionsBuilder UseStore(this DbContextOptionsBuilder builder, string connectionString, string historyTable) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly).MigrationsHistoryTable(historyTable));
}
