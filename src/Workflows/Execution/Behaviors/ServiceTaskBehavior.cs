using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>A service or send task: creates a job for a registered handler or an external worker and waits for its result.</summary>
internal sealed class ServiceTaskBehavior(ServiceTask task, ProcessModel model) : ElementBehavior(task, model)
{
    private readonly ServiceTask _task = task;

    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        JobCreation.Create(ctx, _task.Implementation, _task.Target, _task.Retries ?? _task.Async?.RetryCycle?.Attempts);
        // Also after an incident above, as the engine always did.
        ctx.SubscribeBoundaries();
        return ValueTask.CompletedTask;
    }
}
