using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Shared.Persistence;

namespace Samverkan.Workflows.Persistence.Sqlite;

/// <summary>The engine's store on SQLite: pragmas on every connection, commits queued in process, this assembly's migrations.</summary>
public static class WorkflowsSqlite
{
    internal static readonly WorkflowStoreDialect Dialect = new(SingleWriter: true, DbErrors.IsUniqueViolation);

    /// <summary>Stores definitions and instances in the SQLite database of <paramref name="connectionString"/>, e.g. "Data Source=samverkan.db".</summary>
    public static IServiceCollection AddWorkflowsSqlite(this IServiceCollection services, string connectionString) =>
        services.AddWorkflowStore(b => b.UseWorkflowsSqlite(connectionString), Dialect);

    /// <summary>SQLite with the engine's pragmas and the migrations in this assembly's Migrations folder.</summary>
    public static DbContextOptionsBuilder UseWorkflowsSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(WorkflowsSqlite).Assembly.GetName().Name))
            .AddInterceptors(new SqlitePragmaInterceptor(SqlitePragmaInterceptor.Engine));

    /// <summary>A store on contexts built by the caller, for tests and the benchmark.</summary>
    internal static EfWorkflowStore CreateStore(IDbContextFactory<WorkflowDbContext> contexts) => new(contexts, Dialect);
}
