using Samverkan.Workflows.Execution.Records;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>Makes <paramref name="owner"/> wait for the event of <paramref name="eventNode"/>: a timer row or a message/signal subscription.</summary>
    private void Subscribe(LoadedInstance instance, ElementInstance owner, FlowNode eventNode, EventTrigger trigger)
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
                owner.AddWait(subscription.Id, false, eventNode.Id);
                break;
        }
    }

    private (TimerSpec Spec, string Text) EvaluateTimer(LoadedInstance instance, ElementInstance owner, TimerTrigger timer) =>
        EvaluateTimer(instance.Process, timer, Variables(instance, owner));

    /// <summary>The timer's value, evaluated when it is an expression, as a spec and as text to store.</summary>
    /// <exception cref="ExpressionException">The value is no timer, or the expression fails.</exception>
    public static (TimerSpec Spec, string Text) EvaluateTimer(ExecutableProcess process, TimerTrigger timer, IReadOnlyDictionary<string, object?> variables)
    {
        if (!ExpressionText.IsExpression(timer.Value))
        {
            return TimerSpec.TryParse(timer.TimerKind, timer.Value, out var literal, out var error)
                ? (literal!, timer.Value)
                : throw new ExpressionException($"Timer value '{timer.Value}': {error}");
        }
        var value = process.Expression(timer.Value).Evaluate(variables);
        var spec = TimerSpec.FromValue(timer.TimerKind, value);
        var text = value switch
        {
            DateTimeOffset d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            TimeSpan t => System.Xml.XmlConvert.ToString(t),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };
        return (spec, text);
    }

    private void SubscribeBoundaries(LoadedInstance instance, ElementInstance activity, FlowNode node, bool isInner)
    {
        if (isInner)
        {
            return;
        }
        foreach (var boundary in instance.Process.BoundariesOf(node.Id))
        {
            Subscribe(instance, activity, boundary, boundary.Trigger);
        }
    }

    private void SubscribeEventSubprocesses(LoadedInstance instance, ElementInstance scope, string scopeNodeId)
    {
        foreach (var start in instance.Process.EventSubprocessStartsOf(scopeNodeId))
        {
            Subscribe(instance, scope, start, start.Trigger);
        }
    }
}
