using Microsoft.EntityFrameworkCore;

namespace Samverkan.Host.Persistence;

/// <summary>Provider set-up for <see cref="HostDbContext"/>.</summary>
public static class HostDbContextOptions
{
    /// <summary>The engine's migrations history table is the default one; the host keeps its own beside it.</summary>
    public const string MigrationsHistoryTable = "__HostMigrationsHistory";

    /// <summary>SQLite, the migrations in Persistence/Migrations/Sqlite, and a history table of its own.</summary>
    public static DbContextOptionsBuilder UseHostSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        // Busy waits need no pragma here: Microsoft.Data.Sqlite retries a locked database until the command
        // timeout, and WAL, which the engine's connections switch on, is a property of the file.
        builder.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsAssembly(typeof(HostDbContext).Assembly.GetName().Name)
            .MigrationsHistoryTable(MigrationsHistoryTable));
}
