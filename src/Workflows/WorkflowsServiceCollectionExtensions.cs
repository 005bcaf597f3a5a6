using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Persistence;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows;

/// <summary>Registers the process engine on its SQLite store.</summary>
public static class WorkflowsServiceCollectionExtensions
{
    public static IServiceCollection AddWorkflows(this IServiceCollection services, Action<WorkflowsOptions> configure)
    {
        var options = new WorkflowsOptions();
        configure(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddPooledDbContextFactory<WorkflowDbContext>(b => b.UseWorkflowsSqlite(options.ConnectionString));
        services.TryAddSingleton<IWorkflowStore, EfWorkflowStore>();
        services.TryAddSingleton(sp => sp.GetRequiredService<ProcessEngine>().Queries);
        services.TryAddSingleton(options.Engine);
        services.TryAddSingleton(sp => new ProcessEngine(
            sp.GetRequiredService<IWorkflowStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<EngineOptions>(),
            sp.GetServices<IServiceTaskHandler>(),
            sp.GetService<IBusinessRuleEvaluator>(),
            sp.GetService<ITimerScheduler>(),
            sp.GetService<IJobScheduler>(),
            sp.GetServices<IEngineListener>(),
            sp.GetService<ILogger<ProcessEngine>>(),
            globals: sp.GetService<IExpressionGlobals>(),
            completionValidator: sp.GetService<ITaskCompletionValidator>(),
            inputValidator: sp.GetService<IVariableInputValidator>()));
        return services;
    }

    /// <summary>Keeps definitions and instances in process memory instead of a database: for tests and tools, never for production.</summary>
    public static IServiceCollection AddInMemoryWorkflowStore(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IWorkflowStore, InMemoryWorkflowStore>());
        return services;
    }

    /// <summary>Creates or upgrades the workflow schema; call once at start-up.</summary>
    public static async Task MigrateWorkflowsAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
    }
}
