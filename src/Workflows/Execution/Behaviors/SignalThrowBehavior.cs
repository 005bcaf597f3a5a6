using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>A signal end or intermediate throw event: the signal is broadcast after the commit; the token moves on now.</summary>
internal sealed class SignalThrowBehavior(FlowNode node, SignalTrigger signal, ProcessModel model) : ElementBehavior(node, model)
{
    private readonly string _signalName = signal.SignalName;

    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        ctx.Executor.Signals.Add((_signalName, null));
        ctx.Leave();
        return ValueTask.CompletedTask;
    }
}
