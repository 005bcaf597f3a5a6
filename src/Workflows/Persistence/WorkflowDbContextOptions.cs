using Microsoft.EntityFrameworkCore;

namespace Samverkan.Workflows.Persistence;

/// <summary>Provider set-up for <see cref="WorkflowDbContext"/>.</summary>
public static class WorkflowDbContextOptions
{
    /// <summary>SQLite with the engine's pragmas and the migrations in Persistence/Migrations/Sqlite.</summary>
    public static DbContextOptionsBuilder UseWorkflowsSqlite(
        this DbContextOptionsBuilder builder, string connectionString) =>
        builder
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(WorkflowDbContext).Assembly.GetName().Name))
            .AddInterceptors(new SqlitePragmaInterceptor());
}
