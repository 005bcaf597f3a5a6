using System.Globalization;
using Samverkan.Host.Notifications;

namespace Samverkan.Host.Api.Reports;

/// <summary>
/// A report's period [From, To) from the query string: a date (2025-06-16) is a whole Stockholm day, so both dates are
/// included; an ISO 8601 date and time is taken as it is (without an offset it is Stockholm time), and To is excluded.
/// </summary>
internal sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset To)
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    /// <exception cref="BadHttpRequestException">A value is missing or not a date, or the period is empty.</exception>
    public static ReportPeriod Parse(string? from, string? to)
    {
        var period = new ReportPeriod(Instant("from", from, wholeDayEnd: false), Instant("to", to, wholeDayEnd: true));
        return period.From < period.To
            ? period
            : throw new BadHttpRequestException($"from ({from}) must come before to ({to}).");
    }

    private static DateTimeOffset Instant(string name, string? text, bool wholeDayEnd)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new BadHttpRequestException($"{name} is required: a date such as 2025-06-16, or an ISO 8601 date and time.");
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return SwedishTime.FromLocal((wholeDayEnd ? date.AddDays(1) : date).ToDateTime(TimeOnly.MinValue));
        }
        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return SwedishTime.FromLocal(local);
        }
        if (text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant))
        {
            return instant;
        }
        // A '+' in a query string arrives as a space: say so, as that is the usual cause.
        throw new BadHttpRequestException(
            $"{name} must be a date such as 2025-06-16 or an ISO 8601 date and time such as 2025-06-16T08:00:00Z (write an offset's + as %2B), not '{text}'.");
    }
}
