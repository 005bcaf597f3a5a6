using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>
    /// Sets an activity's input parameters as its own local variables, evaluated in order over what is visible
    /// from it (so a later parameter may use an earlier one). They end with the activity, as in Camunda.
    /// </summary>
    private void ApplyInputs(LoadedInstance instance, ElementInstance element, IReadOnlyList<InputParameter> inputs)
    {
        foreach (var input in inputs)
        {
            var value = VariableValues.Normalize(InputValue(instance, input.Value, Variables(instance, element)));
            (element.Variables ??= new Dictionary<string, object?>(StringComparer.Ordinal))[input.Name] = value;
        }
    }

    private static object? InputValue(LoadedInstance instance, ParameterValue value, VariableView vars) => value switch
    {
        TextParameterValue { Text: null } => null,
        TextParameterValue { Text: { } text } => ExpressionText.IsExpression(text) ? instance.Process.Expression(text).Evaluate(vars) : text,
        ListParameterValue list => list.Items.Select(item => InputValue(instance, item, vars)).ToList(),
        MapParameterValue map => map.Entries.ToDictionary(e => e.Key, e => InputValue(instance, e.Value, vars), StringComparer.Ordinal),
        _ => throw new InvalidOperationException($"Unknown parameter value {value.GetType().Name}."),
    };
}
