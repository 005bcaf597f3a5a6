using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>A throwing link event: the token ends here and goes on from the catching link event of the same name in its scope.</summary>
internal sealed class LinkThrowBehavior : ElementBehavior
{
    private readonly string _catchId;

    public LinkThrowBehavior(IntermediateThrowEvent node, LinkTrigger link, ProcessModel model) : base(node, model)
    {
        // The validator refuses a link without its catch, so a missing one only shows for an undeployable model.
        _catchId = model.ChildrenOf(node.ScopeId ?? model.Id)
            .OfType<IntermediateCatchEvent>()
            .FirstOrDefault(c => c.Trigger is LinkTrigger l && l.LinkName == link.LinkName)?.Id ?? "";
    }

    public override ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        var (executor, instance, _) = ctx;
        var scope = ctx.Scope;
        ctx.Complete();
        executor.Arrive(instance, scope, _catchId, viaFlow: null);
        return ValueTask.CompletedTask;
    }
}
