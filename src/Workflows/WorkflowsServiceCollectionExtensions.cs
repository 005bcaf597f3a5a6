using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows;

/// <summary>Registers the process engine; its store comes from a provider (AddWorkflowsSqlite) or <see cref="AddInMemoryWorkflowStore"/>.</summary>
public static class WorkflowsServiceCollectionExtensions
{
    public static IServiceCollection AddWorkflows(this IServiceCollection services, Action<WorkflowsOptions>? configure = null)
    {
        var options = new WorkflowsOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(options.Engine);
        services.TryAddSingleton(sp => new ProcessEngine(
            sp.GetService<IWorkflowStore>()
                ?? throw new InvalidOperationException("The process engine has no store: add one with AddWorkflowsSqlite(...) or AddInMemoryWorkflowStore()."),
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
            inputValidator: sp.GetService<IVariableInputValidator>(),
            // A host registers one (the generic host always does); without it the engine records no metrics.
            meters: sp.GetService<IMeterFactory>(),
            listenerHandlers: sp.GetServices<IListenerHandler>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<ProcessEngine>().Queries);
        return services;
    }

    /// <summary>Keeps definitions and instances in process memory instead of a database: for tests and tools, never for production.</summary>
    public static IServiceCollection AddInMemoryWorkflowStore(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IWorkflowStore, InMemoryWorkflowStore>());
        return services;
    }
}
