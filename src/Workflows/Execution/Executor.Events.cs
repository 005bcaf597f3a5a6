using Samverkan.Workflows.Execution.Behaviors;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>
    /// An event arrived for <paramref name="owner"/> on behalf of <paramref name="eventNode"/>: the event node's behaviour
    /// decides (a catch event or receive task continues, an event-based gateway takes that branch, a boundary event or an
    /// event subprocess starts).
    /// </summary>
    public void OnEvent(LoadedInstance instance, ElementInstance owner, FlowNode eventNode) =>
        instance.Process.Behavior(eventNode.Id).Trigger(new BehaviorContext(this, instance, owner));

    /// <summary>Throws an escalation from inside <paramref name="scope"/>; nobody catching it is no error.</summary>
    public async Task EscalateAsync(LoadedInstance instance, ElementInstance scope, FlowNode thrower, long throwerId, EscalationTrigger escalation, CancellationToken ct)
    {
        History(instance, HistoryTypes.EscalationThrown, thrower.Id, throwerId, escalation.EscalationCode);
        if (await FindCatchAsync(instance, scope, null, new CatchQuery(false, escalation.EscalationCode), ct) is { } handler)
        {
            Catch(handler);
        }
    }
}
