using Microsoft.EntityFrameworkCore;

namespace Samverkan.Rules.Persistence;

/// <summary>Provider set-up for <see cref="RulesDbContext"/>.</summary>
internal static class RulesDbContextOptions
{
    /// <summary>The migrations history table, kept apart from the engine's in the same database.</summary>
    public const string HistoryTable = "__RulesMigrationsHistory";

    public static DbContextOptionsBuilder UseRulesSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsAssembly(typeof(RulesDbContext).Assembly.GetName().Name)
            .MigrationsHistoryTable(HistoryTable));
}
