using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>
/// A message end or intermediate throw event: like a send task, a job (external worker or handler) sends the
/// message; when it completes the throw event continues, the end event ends its token.
/// </summary>
internal sealed class MessageThrowBehavior(FlowNode node, JobDefinition job, ProcessModel model) : ElementBehavior(node, model)
{
    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        JobCreation.Create(ctx, job.Implementation, job.Target, job.Retries ?? Node.Async?.RetryCycle?.Attempts);
        return ValueTask.CompletedTask;
    }
}
