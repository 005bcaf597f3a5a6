using System.Collections;
using System.Globalization;
using Samverkan.Shared;

namespace Samverkan.Workflows.Expressions;

/// <summary>Functions that translated FEEL calls as <c>FeelFunctions.X(...)</c> where no member of the value does the same.</summary>
public static class FeelFunctions
{
    /// <summary>FEEL <c>today()</c>: the start of the Stockholm day of <paramref name="now"/> (Samverkan has no date type).</summary>
    public static DateTimeOffset Today(DateTimeOffset now) => Stockholm.StartOf(Stockholm.DateOf(now));

    /// <summary>FEEL <c>date and time("2025-01-31T10:00:00")</c>; without an offset it is Stockholm local time.</summary>
    public static DateTimeOffset DateAndTime(string text) => IsoDateTime.Parse(text);

    /// <summary>FEEL <c>date and time(x)</c> of a value that already is one.</summary>
    public static DateTimeOffset DateAndTime(DateTimeOffset instant) => instant;

    /// <summary>FEEL <c>date("2025-01-31")</c>: the start of that day in Stockholm.</summary>
    public static DateTimeOffset Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Stockholm.StartOf(date)
            : throw new ExpressionException($"date(\"{text}\") is not a yyyy-MM-dd date");

    /// <summary>FEEL <c>date(x)</c> of a date and time: the start of its Stockholm day.</summary>
    public static DateTimeOffset Date(DateTimeOffset instant) => Today(instant);

    /// <summary>FEEL <c>duration("P3D")</c>: a days and time duration, a day being exactly 24 hours as FEEL has it.</summary>
    public static TimeSpan Duration(string text)
    {
        var negative = text.TrimStart().StartsWith('-');
        if (!IsoDuration.TryParse(text.Trim().TrimStart('-'), out var duration))
        {
            throw new ExpressionException($"duration(\"{text}\") is not an ISO-8601 duration such as P3D or PT1H30M");
        }

        if (duration.Years != 0 || duration.Months != 0)
        {
            throw new ExpressionException($"duration(\"{text}\") has years or months, which Samverkan does not support; write days");
        }

        var span = TimeSpan.FromDays(duration.Days) + duration.Time;
        return negative ? -span : span;
    }

    /// <summary>The zero-based position of FEEL's 1-based <paramref name="index"/> (negative counts from the end) in a list of <paramref name="count"/>.</summary>
    public static int Index(long index, int count) => index switch
    {
        > 0 when index <= count => (int)index - 1,
        < 0 when -index <= count => count + (int)index,
        _ => throw new ExpressionException($"List index {index} is outside the list of {count} item(s); FEEL lists start at 1"),
    };

    public static DateTimeOffset Add(DateTimeOffset instant, TimeSpan span) => instant + span;

    public static DateTimeOffset Add(TimeSpan span, DateTimeOffset instant) => instant + span;

    public static TimeSpan Add(TimeSpan a, TimeSpan b) => a + b;

    public static DateTimeOffset Subtract(DateTimeOffset instant, TimeSpan span) => instant - span;

    public static TimeSpan Subtract(DateTimeOffset a, DateTimeOffset b) => a - b;

    public static TimeSpan Subtract(TimeSpan a, TimeSpan b) => a - b;

    /// <summary>FEEL <c>sum(list)</c> of numbers (whole, decimal or mixed), as a double; an empty list sums to 0.</summary>
    public static double Sum(IEnumerable? list)
    {
        var sum = 0.0;
        foreach (var item in list ?? Array.Empty<object>())
        {
            sum += item switch
            {
                long or int or double or decimal or float => Convert.ToDouble(item, CultureInfo.InvariantCulture),
                _ => throw new ExpressionException($"sum(...) of a list with {ValueConversions.Describe(item)}; only numbers can be summed"),
            };
        }

        return sum;
    }

    public static bool StartsWith(string text, string prefix) => text.StartsWith(prefix, StringComparison.Ordinal);

    public static bool EndsWith(string text, string suffix) => text.EndsWith(suffix, StringComparison.Ordinal);

    /// <summary>FEEL <c>substring(s, start)</c>: <paramref name="start"/> counts from 1, or from the end when negative.</summary>
    public static string Substring(string text, long start) => Substring(text, start, long.MaxValue);

    public static string Substring(string text, long start, long length)
    {
        var from = start > 0 ? start - 1 : text.Length + start;
        if (start == 0 || from < 0 || from > text.Length || length < 0)
        {
            throw new ExpressionException($"substring of '{text}' from {start} for {length} is outside the text");
        }

        return text.Substring((int)from, (int)Math.Min(length, text.Length - from));
    }

    /// <summary>FEEL <c>string(x)</c>: numbers and dates as invariant text, null as null.</summary>
    public static string? String(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
        TimeSpan span => System.Xml.XmlConvert.ToString(span),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>FEEL <c>number("12.5")</c>.</summary>
    public static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ExpressionException($"number(\"{text}\"): '{text}' is not a number");

    /// <summary>
    /// A FEEL list literal <c>[a, b]</c>: a list as a list variable holds it (<c>List&lt;object?&gt;</c>), typed as a read-only
    /// list so that <c>if c then list else ["x"]</c> agrees with a variable's typed list of strings or objects.
    /// </summary>
    public static IReadOnlyList<object?> List(params object?[]? items) => new List<object?>(items ?? [null]);

    /// <summary>FEEL <c>[]</c>.</summary>
    public static IReadOnlyList<object?> List() => new List<object?>();

    /// <summary>FEEL <c>value in test</c> when the test is not a literal: a list tests membership, anything else equality.</summary>
    public static bool In(object? value, object? test) => test is IEnumerable list and not string
        ? Lists.Contains(list, value)
        : Lists.Contains(new[] { test }, value);
}
