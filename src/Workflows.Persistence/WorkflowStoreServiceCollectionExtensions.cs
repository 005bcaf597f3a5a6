using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Samverkan.Workflows.Storage;
using Samverkan.Shared.Persistence;

namespace Samverkan.Workflows.Persistence;

/// <summary>Puts the engine's store on a database; a provider project calls <see cref="AddWorkflowStore"/> with its set-up.</summary>
public static class WorkflowStoreServiceCollectionExtensions
{
    internal static IServiceCollection AddWorkflowStore(
        this IServiceCollection services, Action<DbContextOptionsBuilder> configure, WorkflowStoreDialect dialect)
    {
        services.AddPooledDbContextFactory<WorkflowDbContext>(configure);
        services.Replace(ServiceDescriptor.Singleton<IWorkflowStore>(sp =>
            new EfWorkflowStore(sp.GetRequiredService<IDbContextFactory<WorkflowDbContext>>(), dialect)));
        return services;
    }

    /// <summary>Creates or upgrades the workflow schema; call once at start-up.</summary>
    public static async Task MigrateWorkflowsAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.MigrateSchemaAsync(ct);
    }
}
