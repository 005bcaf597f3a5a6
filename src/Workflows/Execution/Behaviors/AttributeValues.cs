using System.Globalization;
using Samverkan.Workflows.Expressions;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>An element attribute written either as a literal or as a ${expression}, read as a value of the kind it stands for.</summary>
internal static class AttributeValues
{
    public static object? Value(ExecutableProcess process, string? text, VariableView vars) =>
        text is null ? null
        : ExpressionText.IsExpression(text) ? process.Expression(text).Evaluate(vars)
        : text;

    public static string? Text(ExecutableProcess process, string? text, VariableView vars) =>
        Value(process, text, vars) is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    public static IReadOnlyList<string> List(ExecutableProcess process, string? text, VariableView vars) =>
        ValueConversions.ToStringList(Value(process, text, vars));

    public static DateTimeOffset? Date(ExecutableProcess process, string? text, VariableView vars, DateTimeOffset now) =>
        Value(process, text, vars) is { } v ? ValueConversions.ToDateTimeOffset(v, now) : null;
}
