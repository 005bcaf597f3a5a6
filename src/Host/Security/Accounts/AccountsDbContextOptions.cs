using Microsoft.EntityFrameworkCore;

namespace Samverkan.Host.Security.Accounts;

/// <summary>Provider set-up for <see cref="AccountsDbContext"/>.</summary>
public static class AccountsDbContextOptions
{
    /// <summary>A history table of its own beside the engine's, the host's and the cases'.</summary>
    public const string MigrationsHistoryTable = "__AccountsMigrationsHistory";

    public static DbContextOptionsBuilder UseAccountsSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsAssembly(typeof(AccountsDbContext).Assembly.GetName().Name)
            .MigrationsHistoryTable(MigrationsHistoryTable));
}
