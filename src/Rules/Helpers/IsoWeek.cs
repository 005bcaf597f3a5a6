using Samverkan.Shared;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Samverkan.Rules.Helpers;

/// <summary>An ISO-8601 week such as 2026-W53; the week of an instant is that of its Stockholm date.</summary>
public readonly partial record struct IsoWeek : IComparable<IsoWeek>
{
    public IsoWeek(int year, int week)
    {
        if (year is < 1 or > 9998 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{year}-W{week:00} is not an ISO week."));
        }

        Year = year;
        Week = week;
    }

    /// <summary>The ISO week-numbering year, which differs from the calendar year around New Year.</summary>
    public int Year { get; }

    public int Week { get; }

    /// <summary>The Monday that starts the week.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public static IsoWeek Of(DateTimeOffset instant) => Of(Stockholm.DateOf(instant));

    public static IsoWeek Of(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    public static IsoWeek Parse(string text) =>
        TryParse(text, out var week) ? week : throw new FormatException($"'{text}' is not an ISO week such as 2025-W25.");

    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true })
        {
            return false;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year < 1 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    public int CompareTo(IsoWeek other) => (Year, Week).CompareTo((other.Year, other.Week));

    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;

    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;

    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;

    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-W{Week:00}");

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex Pattern();
}
