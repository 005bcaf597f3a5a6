using System.Globalization;
using System.Text.Json;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

public sealed partial class ProcessEngine
{
    /// <summary>
    /// Whether the element waiting for a message has a correlation key (zeebe:subscription) whose value, evaluated in the
    /// waiting element's scope, is the given key; compared as text, so 42 and "42" match. A key that cannot be evaluated
    /// (a variable missing) matches nothing.
    /// </summary>
    private static bool KeyMatches(Executor executor, LoadedInstance instance, ElementInstance owner, string elementId, string key)
    {
        var expression = instance.Process.Model.Node(elementId) switch
        {
            ReceiveTask task => task.CorrelationKey,
            IntermediateCatchEvent { Trigger: MessageTrigger message } => message.CorrelationKey,
            BoundaryEvent { Trigger: MessageTrigger message } => message.CorrelationKey,
            StartEvent { Trigger: MessageTrigger message } => message.CorrelationKey,
            _ => null,
        };
        if (expression is null)
        {
            return false;
        }
        if (!ExpressionText.IsExpression(expression))
        {
            return expression == key;
        }
        try
        {
            var value = instance.Process.Expression(expression).Evaluate(executor.Variables(instance, owner));
            return KeyText(value) == key;
        }
        catch (ExpressionException)
        {
            return false;
        }
    }

    private static string? KeyText(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, StateJson.Options),
    };
}
