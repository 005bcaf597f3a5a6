using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>A service or send task: creates a job for a registered handler or an external worker and waits for its result.</summary>
internal sealed class ServiceTaskBehavior(ServiceTask task, ProcessModel model) : ElementBehavior(task, model)
{
    private readonly ServiceTask _task = task;

    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        CreateJob(ctx);
        // Also after an incident above, as the engine always did.
        ctx.SubscribeBoundaries();
        return ValueTask.CompletedTask;
    }

    private void CreateJob(BehaviorContext ctx)
    {
        var (executor, instance, element) = ctx;
        if (_task.Implementation == ServiceImplementation.Handler && !executor.Core.Handlers.ContainsKey(_task.Target))
        {
            ctx.RaiseIncident(IncidentTypes.Configuration, $"No service task handler named '{_task.Target}' is registered.");
            return;
        }
        var job = new JobRecord
        {
            Id = Guid.CreateVersion7(executor.Now),
            InstanceId = instance.Id,
            ElementInstanceId = element.Id,
            ElementId = _task.Id,
            Kind = _task.Implementation == ServiceImplementation.External ? JobKind.External : JobKind.Handler,
            Target = _task.Target,
            Status = JobStatus.Pending,
            Retries = _task.Async?.RetryCycle?.Attempts ?? executor.Core.Options.JobRetries,
            CreatedAt = executor.Now,
        };
        executor.Changes.NewJobs.Add(job);
        element.JobId = job.Id;
        ctx.Wait();
        if (job.Kind == JobKind.Handler)
        {
            executor.EnqueueJob(job.Id, null);
        }
    }
}
