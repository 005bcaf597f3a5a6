using Samverkan.Workflows.Execution.Behaviors;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>
    /// The variables a task completes with (a worker's, a handler's or a person's): where they already live, or local to
    /// the task when it has Camunda 8 output mappings, which alone decide what reaches the enclosing scope.
    /// </summary>
    public void SetResults(LoadedInstance instance, ElementInstance element, IReadOnlyDictionary<string, object?> variables)
    {
        if (instance.Process.BehaviorOf(element).Node is not { LocalResults: true })
        {
            SetVariables(instance, element, variables);
            return;
        }
        foreach (var (name, value) in variables)
        {
            (element.Variables ??= new Dictionary<string, object?>(StringComparer.Ordinal))[name] = value;
        }
    }

    /// <summary>
    /// As an element completes: its output parameters are evaluated over what is visible from it and set in the
    /// enclosing scope (where each variable already lives, else on the process), as in Camunda; an inner instance of a
    /// multi-instance hands its output element to the body. All are evaluated before any is written, so a failure
    /// (an incident, retried by leaving again) changes nothing.
    /// </summary>
    private bool TryApplyOutputs(LoadedInstance instance, ElementInstance element, ElementInstance? parent, ElementBehavior behavior)
    {
        // Most elements have nothing to hand on; they leave without allocating.
        if (parent is null || (behavior.Outputs.Count == 0 && !element.IsMultiInstanceBody && !parent.IsMultiInstanceBody))
        {
            return true;
        }
        var ctx = new BehaviorContext(this, instance, element);
        Dictionary<string, object?> values;
        try
        {
            values = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (behavior.Outputs.Count > 0)
            {
                var vars = Variables(instance, element);
                foreach (var output in behavior.Outputs)
                {
                    values[output.Name] = VariableValues.Normalize(InputValue(instance, output.Value, vars));
                }
            }
            if (behavior.CompletionVariables(ctx) is { } completion)
            {
                foreach (var (name, value) in completion)
                {
                    values[name] = value;
                }
            }
            if (parent.IsMultiInstanceBody && !element.IsMultiInstanceBody)
            {
                ((MultiInstanceBehavior)instance.Process.BehaviorOf(parent)).CollectOutput(new BehaviorContext(this, instance, parent), element);
            }
        }
        catch (Exception e) when (e is ExpressionException or VariableException)
        {
            RaiseIncident(instance, element, IncidentTypes.Expression, $"Output of '{element.ElementId}': {e.Message}", OpKind.Leave);
            return false;
        }
        if (values.Count > 0)
        {
            SetVariables(instance, parent, values);
        }
        return true;
    }
}
