using Samverkan.Shared;
using System.Globalization;

namespace Samverkan.Workflows.Expressions;

/// <summary>Parses ISO-8601 dates and instants; text without an offset is Stockholm local time.</summary>
internal static class IsoDateTime
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd",
    ];

    public static bool TryParse(string text, out DateTimeOffset instant)
    {
        text = text.Trim();
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || HasNumericOffset(text);
        if (hasOffset)
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant)
                && text.Contains('T', StringComparison.OrdinalIgnoreCase);
        }

        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            instant = Stockholm.At(local);
            return true;
        }

        instant = default;
        return false;
    }

    public static DateTimeOffset Parse(string text) =>
        TryParse(text, out var instant)
            ? instant
            : throw new ExpressionException($"'{text}' is not an ISO-8601 date or date-time");

    // An offset follows the time part: ...T08:00:00+01:00 or -0500; the date's own dashes must not count.
    private static bool HasNumericOffset(string text)
    {
        var t = text.IndexOfAny(['T', 't']);
        return t >= 0 && text.IndexOfAny(['+', '-'], t) > 0;
    }
}
