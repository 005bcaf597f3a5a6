using Samverkan.Workflows.Execution.Behaviors;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>Runs the behaviour of the node an element instance stands at; failures become incidents.</summary>
    private async ValueTask ExecuteAsync(LoadedInstance instance, ElementInstance element, CancellationToken ct)
    {
        var behavior = instance.Process.BehaviorOf(element);
        try
        {
            if (behavior.Inputs.Count > 0)
            {
                ApplyInputs(instance, element, behavior.Inputs);
            }
            if (!element.IsMultiInstanceBody && AwaitJobListener(instance, element, behavior.Node, ListenerEvent.Start))
            {
                return;
            }
            if (!element.IsMultiInstanceBody && behavior.Node.Listeners.Count > 0)
            {
                await NotifyAsync(instance, element, behavior.Node.Listeners, ListenerEvent.Start, element.ElementId, null, ct);
            }
            await behavior.ExecuteAsync(new BehaviorContext(this, instance, element), ct);
        }
        catch (ListenerException e)
        {
            if (instance.State.Find(element.Id) is not null)
            {
                RaiseIncident(instance, element, IncidentTypes.ListenerFailed, e.Message, OpKind.Execute);
            }
        }
        catch (Exception e) when (e is ExpressionException or VariableException or BusinessRuleException)
        {
            if (instance.State.Find(element.Id) is not null)
            {
                RaiseIncident(instance, element, IncidentTypes.Expression, e.Message, OpKind.Execute);
            }
        }
    }

    /// <summary>Sets each variable where it already lives (innermost first), else on the process instance.</summary>
    public void SetVariables(LoadedInstance instance, ElementInstance from, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var (name, value) in variables)
        {
            var target = instance.State.Root;
            for (ElementInstance? e = from; e is not null; e = ParentOf(instance, e))
            {
                if (e.Variables?.ContainsKey(name) == true)
                {
                    target = e;
                    break;
                }
            }
            VariableSet(instance, target, name, created: target.Variables?.ContainsKey(name) != true);
            (target.Variables ??= new Dictionary<string, object?>(StringComparer.Ordinal))[name] = value;
        }
    }
}
