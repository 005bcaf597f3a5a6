using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Samverkan.Workflows.Persistence.PostgreSql;

/// <summary>The engine's store on PostgreSQL: many writers at once (the instance revision decides), this assembly's migrations.</summary>
public static class WorkflowsPostgreSql
{
    internal static readonly WorkflowStoreDialect Dialect = new(SingleWriter: false, IsUniqueViolation, SkipLocked: true);

    /// <summary>Stores definitions and instances in the PostgreSQL database of <paramref name="connectionString"/>, e.g. "Host=localhost;Database=samverkan;Username=samverkan".</summary>
    public static IServiceCollection AddWorkflowsPostgreSql(this IServiceCollection services, string connectionString) =>
        services.AddWorkflowStore(b => b.UseWorkflowsPostgreSql(connectionString), Dialect);

    public static DbContextOptionsBuilder UseWorkflowsPostgreSql(this DbContextOptionsBuilder builder, string connectionString) =>
        builder
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(WorkflowsPostgreSql).Assembly.GetName().Name))
            .ReplaceService<IModelCustomizer, WorkflowsPostgreSqlModelCustomizer>();

    /// <summary>A store on contexts built by the caller, for tests and the benchmark.</summary>
    internal static EfWorkflowStore CreateStore(IDbContextFactory<WorkflowDbContext> contexts) => new(contexts, Dialect);

    private static bool IsUniqueViolation(Exception? exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        DbUpdateException e => IsUniqueViolation(e.InnerException),
        _ => false,
    };
}
