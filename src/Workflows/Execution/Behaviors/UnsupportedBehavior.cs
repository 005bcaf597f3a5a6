using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>A node kind the engine has no behaviour for: the token stops with an incident instead of skipping the node.</summary>
internal sealed class UnsupportedBehavior(FlowNode node, ProcessModel model) : ElementBehavior(node, model)
{
    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        ctx.RaiseIncident(IncidentTypes.Unsupported, $"Element kind '{Node.Kind}' is not executed.");
        return ValueTask.CompletedTask;
    }
}
