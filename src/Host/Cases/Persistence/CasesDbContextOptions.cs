using Microsoft.EntityFrameworkCore;

namespace Samverkan.Host.Cases.Persistence;

/// <summary>Provider set-up for <see cref="CasesDbContext"/>.</summary>
public static class CasesDbContextOptions
{
    /// <summary>A history table of its own beside the engine's and the host's, so each context migrates alone.</summary>
    public const string MigrationsHistoryTable = "__CasesMigrationsHistory";

    public static DbContextOptionsBuilder UseCasesSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsAssembly(typeof(CasesDbContext).Assembly.GetName().Name)
            .MigrationsHistoryTable(MigrationsHistoryTable));
}
