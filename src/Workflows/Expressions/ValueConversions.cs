using System.Collections;
using System.Globalization;

namespace Samverkan.Workflows.Expressions;

/// <summary>Turns expression results into what the engine needs; wrong types give an <see cref="ExpressionException"/> saying what came instead.</summary>
public static class ValueConversions
{
    /// <summary>A gateway or completion condition: only a real bool counts (no truthiness).</summary>
    public static bool ToBoolean(object? value, string? expression = null) => value is bool b
        ? b
        : throw new ExpressionException($"Condition {Quote(expression)}gave {Describe(value)}, not true/false");

    /// <summary>Candidate users/groups: a comma-separated string or a list of strings; blanks are dropped, null is empty.</summary>
    public static IReadOnlyList<string> ToStringList(object? value) => value switch
    {
        null => [],
        string text => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        IEnumerable items => items.Cast<object?>()
            .Select(item => item as string ?? throw new ExpressionException($"Expected a list of strings but it contains {Describe(item)}"))
            .Select(item => item.Trim())
            .Where(item => item.Length > 0)
            .ToList(),
        _ => throw new ExpressionException($"Expected a string or a list of strings, got {Describe(value)}"),
    };

    /// <summary>A due or follow-up date: an instant, ISO date text, or an ISO duration / TimeSpan from <paramref name="now"/>. Null and blank give null.</summary>
    public static DateTimeOffset? ToDateTimeOffset(object? value, DateTimeOffset now) => value switch
    {
        null => null,
        string text when string.IsNullOrWhiteSpace(text) => null,
        DateTimeOffset instant => instant,
        TimeSpan span => now + span,
        string text when IsoDuration.TryParse(text, out var duration) => duration.AddTo(now),
        string text when IsoDateTime.TryParse(text, out var instant) => instant,
        string text => throw new ExpressionException($"'{text}' is neither an ISO-8601 date-time nor a duration"),
        _ => throw new ExpressionException($"Expected a date, an ISO-8601 text or a time span, got {Describe(value)}"),
    };

    /// <summary>A multi-instance collection: any list (a string is not a collection here).</summary>
    public static IReadOnlyList<object?> ToEnumerable(object? value) => value switch
    {
        IReadOnlyList<object?> list => list,
        string => throw new ExpressionException($"Expected a collection, got {Describe(value)}"),
        IEnumerable items => items.Cast<object?>().ToList(),
        _ => throw new ExpressionException($"Expected a collection, got {Describe(value)}"),
    };

    /// <summary>A loop cardinality or priority: a whole number within int range, as a number or text.</summary>
    public static int ToInt(object? value)
    {
        try
        {
            return value switch
            {
                int i => i,
                long l => checked((int)l),
                double d when d == Math.Floor(d) => checked((int)d),
                decimal m when m == decimal.Truncate(m) => decimal.ToInt32(m),
                string s when int.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
                _ => throw new ExpressionException($"Expected a whole number, got {Describe(value)}"),
            };
        }
        catch (OverflowException)
        {
            throw new ExpressionException($"{Describe(value)} is too large for a whole number");
        }
    }

    internal static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"the text '{s}'",
        _ => $"{value.GetType().Name} {Convert.ToString(value, CultureInfo.InvariantCulture)}",
    };

    private static string Quote(string? expression) => expression is null ? string.Empty : $"'{expression}' ";
}
