using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Execution;

/// <summary>
/// Conditional events. A condition is looked at once when its subscription opens and again whenever this trigger changed
/// a variable its owner can see; only instances this trigger touched and that hold an open conditional subscription are
/// evaluated, after the agenda has run dry, in the same unit of work.
/// </summary>
internal sealed partial class Executor
{
    /// <summary>A variable set during this trigger: in which scope, and whether it was new there.</summary>
    private readonly record struct VariableChange(Guid InstanceId, long ScopeId, string Name, VariableEvents Kind);

    private readonly List<VariableChange> _variableChanges = [];
    private readonly HashSet<Guid> _openedConditions = [];

    /// <summary>Opens a conditional subscription; it has no stored row, the owner's state holds it.</summary>
    private void SubscribeCondition(ElementInstance owner, FlowNode eventNode)
    {
        var id = Guid.CreateVersion7(Now);
        (owner.Waits ??= []).Add(new WaitRef(id, false, eventNode.Id, IsCondition: true));
        _openedConditions.Add(id);
    }

    /// <summary>Has the element's conditions evaluated again at the end of this trigger, as if just opened (a resumed instance).</summary>
    public void ReopenConditions(ElementInstance element)
    {
        foreach (var wait in element.Waits?.Where(w => w.IsCondition) ?? [])
        {
            _openedConditions.Add(wait.Id);
        }
    }

    private void VariableSet(LoadedInstance instance, ElementInstance scope, string name, bool created) =>
        _variableChanges.Add(new VariableChange(instance.Id, scope.Id, name, created ? VariableEvents.Create : VariableEvents.Update));

    /// <summary>Evaluates the conditions the last agenda run may have changed; true when one fired and the agenda has work again.</summary>
    private bool FireConditions()
    {
        if (_variableChanges.Count == 0 && _openedConditions.Count == 0)
        {
            return false;
        }
        var changes = _variableChanges.ToArray();
        var opened = _openedConditions.ToHashSet();
        _variableChanges.Clear();
        _openedConditions.Clear();
        var fired = false;
        foreach (var instance in _instances.Values.ToArray())
        {
            // A suspended instance does not move; its conditions are looked at again when it is resumed.
            if (instance.IsEnded || instance.State.Suspended)
            {
                continue;
            }
            foreach (var owner in instance.State.Elements.Where(e => e.Waits?.Any(w => w.IsCondition) == true).ToArray())
            {
                foreach (var wait in owner.Waits?.Where(w => w.IsCondition).ToArray() ?? [])
                {
                    if (instance.IsEnded || instance.State.Find(owner.Id) is null || owner.Waits?.Contains(wait) != true)
                    {
                        continue;
                    }
                    var node = instance.Process.Model.Node(wait.ElementId);
                    var trigger = (ConditionalTrigger)(node switch
                    {
                        StartEvent s => s.Trigger,
                        BoundaryEvent b => b.Trigger,
                        _ => ((IntermediateCatchEvent)node).Trigger,
                    });
                    if (!opened.Contains(wait.Id) && !changes.Any(c => c.InstanceId == instance.Id && Affects(instance, c, owner, trigger)))
                    {
                        continue;
                    }
                    fired |= Decide(instance, owner, node, wait, trigger);
                }
            }
        }
        return fired;
    }

    /// <summary>A change counts when the owner sees the variable (set in its scope or above) and the event's filters let it.</summary>
    private static bool Affects(LoadedInstance instance, VariableChange change, ElementInstance owner, ConditionalTrigger trigger)
    {
        if ((trigger.Events & change.Kind) == 0 || (trigger.VariableName is { } name && name != change.Name))
        {
            return false;
        }
        for (ElementInstance? e = owner; e is not null; e = ParentOf(instance, e))
        {
            if (e.Id == change.ScopeId)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Fires the event when the condition holds; a non-interrupting one stays open and fires again only after the
    /// condition was false in between.
    /// </summary>
    private bool Decide(LoadedInstance instance, ElementInstance owner, FlowNode node, WaitRef wait, ConditionalTrigger trigger)
    {
        bool holds;
        try
        {
            holds = Holds(instance, owner, trigger);
        }
        catch (ExpressionException e) when (node is IntermediateCatchEvent)
        {
            RaiseIncident(instance, owner, IncidentTypes.Expression, $"Condition of '{node.Id}': {e.Message}", OpKind.Execute);
            return false;
        }
        catch (ExpressionException e)
        {
            throw EngineException.Invalid($"The condition of the conditional event '{node.Id}' in process '{instance.Process.Key}' cannot be evaluated: {e.Message}");
        }
        var repeats = node is BoundaryEvent { CancelActivity: false } or StartEvent { IsInterrupting: false };
        var waits = owner.Waits!;
        if (repeats)
        {
            if (holds != wait.Holds)
            {
                waits[waits.IndexOf(wait)] = wait with { Holds = holds };
            }
            if (!holds || wait.Holds)
            {
                return false;
            }
        }
        else if (holds)
        {
            waits.Remove(wait);
        }
        else
        {
            return false;
        }
        History(instance, HistoryTypes.ConditionMet, node.Id, owner.Id, trigger.Condition);
        OnEvent(instance, owner, node);
        return true;
    }

    /// <summary>A condition over a variable that is not set yet does not hold: it waits for that variable.</summary>
    private bool Holds(LoadedInstance instance, ElementInstance owner, ConditionalTrigger trigger)
    {
        var expression = instance.Process.Expression(trigger.Condition);
        var variables = Variables(instance, owner);
        if (expression.VariableNames.Any(n => !variables.ContainsKey(n)))
        {
            return false;
        }
        return ValueConversions.ToBoolean(expression.Evaluate(variables), trigger.Condition);
    }
}
