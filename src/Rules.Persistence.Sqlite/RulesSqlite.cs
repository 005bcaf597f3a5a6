using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Rules.Persistence;
using Samverkan.Shared.Persistence;

namespace Samverkan.Rules.Persistence.Sqlite;

/// <summary>Rule sets and parameters on SQLite, with this assembly's migrations.</summary>
public static class RulesSqlite
{
    /// <summary>Stores rule sets and parameters in the SQLite database of <paramref name="connectionString"/>, e.g. "Data Source=samverkan.db".</summary>
    public static IServiceCollection AddRulesSqlite(this IServiceCollection services, string connectionString) =>
        services.AddRulesStore(b => b.UseRulesSqlite(connectionString));

    public static DbContextOptionsBuilder UseRulesSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsAssembly(typeof(RulesSqlite).Assembly.GetName().Name)
            .MigrationsHistoryTable(RulesStoreServiceCollectionExtensions.HistoryTable))
            .AddInterceptors(new SqlitePragmaInterceptor(SqlitePragmaInterceptor.BusyWait));
}
