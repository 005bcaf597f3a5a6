using System.Globalization;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

/// <summary>A timer event's value as a spec: parsed when it is literal, evaluated when it is an expression, with the text to store.</summary>
internal static class TimerValues
{
    /// <exception cref="ExpressionException">The value is not a timer, or the expression fails for these variables.</exception>
    public static (TimerSpec Spec, string Text) Evaluate(ExecutableProcess process, TimerTrigger timer, IReadOnlyDictionary<string, object?> variables)
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
            DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
            TimeSpan t => System.Xml.XmlConvert.ToString(t),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
        return (spec, text);
    }
}
