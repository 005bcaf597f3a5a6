using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>A boundary event: when its event fires for the activity (or it catches an error or escalation), a token leaves from it.</summary>
internal sealed class BoundaryEventBehavior(BoundaryEvent boundary, ProcessModel model) : ElementBehavior(boundary, model)
{
    private readonly bool _cancelActivity = boundary.CancelActivity;

    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        ctx.Leave();
        return ValueTask.CompletedTask;
    }

    /// <summary><see cref="BehaviorContext.Element"/> is the activity the event is attached to (a multi-instance's body).</summary>
    public override void Trigger(BehaviorContext ctx)
    {
        var (executor, instance, activity) = ctx;
        var scope = ctx.Scope;
        if (_cancelActivity)
        {
            executor.Terminate(instance, activity);
        }
        executor.Enqueue(OpKind.Execute, instance, executor.Enter(instance, scope, Node.Id));
    }
}
