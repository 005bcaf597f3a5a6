using Samverkan.Workflows.Model;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>Creates the job of a service task, send task or message throw event and lets the element wait for it.</summary>
internal static class JobCreation
{
    /// <param name="retries">Attempts before an incident (zeebe:taskDefinition retries, else camunda:failedJobRetryTimeCycle); null takes the engine's default.</param>
    public static void Create(BehaviorContext ctx, ServiceImplementation implementation, string target, int? retries)
    {
        var (executor, instance, element) = ctx;
        if (implementation == ServiceImplementation.Handler && !executor.Core.Handlers.ContainsKey(target))
        {
            ctx.RaiseIncident(IncidentTypes.Configuration, $"No service task handler named '{target}' is registered.");
            return;
        }
        var kind = implementation == ServiceImplementation.External ? JobKind.External : JobKind.Handler;
        var job = executor.NewJob(instance, element, element.ElementId, kind, target, retries ?? executor.Core.Options.JobRetries);
        element.JobId = job.Id;
        ctx.Wait();
        if (job.Kind == JobKind.Handler)
        {
            executor.EnqueueJob(job.Id, null);
        }
    }
}
