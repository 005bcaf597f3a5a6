using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Samverkan.Rules.Persistence.PostgreSql;

/// <summary>Rule sets and parameters on PostgreSQL, with this assembly's migrations.</summary>
public static class RulesPostgreSql
{
    /// <summary>Stores rule sets and parameters in the PostgreSQL database of <paramref name="connectionString"/>.</summary>
    public static IServiceCollection AddRulesPostgreSql(this IServiceCollection services, string connectionString) =>
        services.AddRulesStore(b => b.UseRulesPostgreSql(connectionString));

    public static DbContextOptionsBuilder UseRulesPostgreSql(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(typeof(RulesPostgreSql).Assembly.GetName().Name)
            .MigrationsHistoryTable(RulesStoreServiceCollectionExtensions.HistoryTable));
}
