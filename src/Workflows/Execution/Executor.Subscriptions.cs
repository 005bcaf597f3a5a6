using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>Makes <paramref name="owner"/> wait for the event of <paramref name="eventNode"/>: a timer row or a message/signal subscription.</summary>
    public void Subscribe(LoadedInstance instance, ElementInstance owner, FlowNode eventNode, EventTrigger trigger)
    {
        switch (trigger)
        {
            case TimerTrigger timer:
                var (spec, text) = EvaluateTimer(instance, owner, timer);
                if (spec.FirstDue(Now) is not { } due)
                {
                    throw new ExpressionException($"Timer '{eventNode.Id}' ({text}) never becomes due.");
                }
                var record = new TimerRecord
                {
                    Id = Guid.CreateVersion7(Now),
                    InstanceId = instance.Id,
                    DefinitionId = instance.Process.DefinitionId,
                    ElementInstanceId = owner.Id,
                    ElementId = eventNode.Id,
                    DueAt = due,
                    Kind = timer.TimerKind,
                    Spec = text,
                    Status = TimerStatus.Pending,
                    CreatedAt = Now,
                };
                Changes.NewTimers.Add(record);
                owner.AddWait(record.Id, true, eventNode.Id);
                _timersToSchedule.Add((record.Id, due));
                break;
            case MessageTrigger or SignalTrigger:
                var subscription = NewSubscription(instance, owner, eventNode, trigger);
                owner.AddWait(subscription.Id, false, eventNode.Id);
                break;
            case ConditionalTrigger:
                SubscribeCondition(owner, eventNode);
                break;
        }
    }

    /// <summary>A message or signal subscription row for <paramref name="owner"/>, written with this trigger's commit; the caller records the wait.</summary>
    public SubscriptionRecord NewSubscription(LoadedInstance instance, ElementInstance owner, FlowNode eventNode, EventTrigger trigger)
    {
        var subscription = new SubscriptionRecord
        {
            Id = Guid.CreateVersion7(Now),
            InstanceId = instance.Id,
            ElementInstanceId = owner.Id,
            ElementId = eventNode.Id,
            Kind = trigger is MessageTrigger ? SubscriptionKind.Message : SubscriptionKind.Signal,
            Name = trigger is MessageTrigger m ? m.MessageName : ((SignalTrigger)trigger).SignalName,
            BusinessKey = instance.Record.BusinessKey,
            CreatedAt = Now,
        };
        Changes.NewSubscriptions.Add(subscription);
        return subscription;
    }

    /// <summary>The timer's value, evaluated when it is an expression, as a spec and as text to store.</summary>
    private (TimerSpec Spec, string Text) EvaluateTimer(LoadedInstance instance, ElementInstance owner, TimerTrigger timer) =>
        TimerValues.Evaluate(instance.Process, timer, Variables(instance, owner));

    /// <summary>Arms the activity's boundary events; an inner instance of a multi-instance does not, its body owns them.</summary>
    public void SubscribeBoundaries(LoadedInstance instance, ElementInstance activity, bool isInner)
    {
        if (isInner)
        {
            return;
        }
        foreach (var boundary in instance.Process.BoundariesOf(activity.ElementId))
        {
            Subscribe(instance, activity, boundary, boundary.Trigger);
        }
    }

    public void SubscribeEventSubprocesses(LoadedInstance instance, ElementInstance scope, string scopeNodeId)
    {
        foreach (var start in instance.Process.EventSubprocessStartsOf(scopeNodeId))
        {
            Subscribe(instance, scope, start, start.Trigger);
        }
    }
}
