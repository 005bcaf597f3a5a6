using System.Globalization;
using Samverkan.Shared;

namespace Samverkan.Rules.Helpers;

/// <summary>Date helpers callable from rule expressions as <c>Calendar.X(...)</c>; dates, weeks and working days are reckoned in Europe/Stockholm.</summary>
/// <remarks>"Now" is always the rule's <c>now</c> input (the evaluation's as-of instant), never the clock.</remarks>
public static class Calendar
{
    /// <summary>The ISO week of the Stockholm date, e.g. "2026-W53" for 2026-12-31.</summary>
    public static string IsoWeek(DateTimeOffset instant) => Helpers.IsoWeek.Of(instant).ToString();

    public static bool InWeeks(DateTimeOffset instant, WeekRanges ranges) => ranges.Contains(instant);

    public static bool IsPublicHoliday(DateTimeOffset instant) => SwedishHolidays.IsPublicHoliday(Stockholm.DateOf(instant));

    /// <summary>Monday to Friday, not a public holiday, not midsommarafton, julafton or nyårsafton.</summary>
    public static bool IsWorkingDay(DateTimeOffset instant) => SwedishHolidays.IsWorkingDay(Stockholm.DateOf(instant));

    /// <summary>Moves by working days, keeping the Stockholm time of day; negative goes back.</summary>
    public static DateTimeOffset AddWorkingDays(DateTimeOffset instant, int days) => Stockholm.AddWorkingDays(instant, days);

    /// <summary>Working days after the Stockholm date of <paramref name="from"/> up to and including that of <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public static int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var (start, end) = (Stockholm.DateOf(from), Stockholm.DateOf(to));
        var sign = end < start ? -1 : 1;
        if (sign < 0)
        {
            (start, end) = (end, start);
        }

        var count = 0;
        for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
        {
            count += SwedishHolidays.IsWorkingDay(day) ? 1 : 0;
        }

        return sign * count;
    }

    /// <summary>Adds calendar days in Stockholm time, so a day across a clock change keeps the wall-clock time.</summary>
    public static DateTimeOffset AddDays(DateTimeOffset instant, int days) => Stockholm.At(Stockholm.ToLocal(instant).AddDays(days));

    public static DateTimeOffset Add(DateTimeOffset instant, Period period) => period.AddTo(instant);

    /// <summary>Calendar days between the Stockholm dates of two instants.</summary>
    public static int DaysBetween(DateTimeOffset from, DateTimeOffset to) => Stockholm.DateOf(to).DayNumber - Stockholm.DateOf(from).DayNumber;

    /// <summary>The instant a given share of the way from one instant to another, e.g. 0.5 for a reminder halfway to a deadline.</summary>
    public static DateTimeOffset PointBetween(DateTimeOffset from, DateTimeOffset to, double share) =>
        from + TimeSpan.FromTicks((long)((to - from).Ticks * share));

    /// <summary>Whole years between a date of birth (yyyy-MM-dd) and the Stockholm date of <paramref name="at"/>.</summary>
    public static int Age(string dateOfBirth, DateTimeOffset at) =>
        DateOnly.TryParseExact(dateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born)
            ? Age(born, Stockholm.DateOf(at))
            : throw new FormatException("A date of birth must be a yyyy-MM-dd date."); // no value: it may be a personnummer

    public static int Age(DateTimeOffset dateOfBirth, DateTimeOffset at) => Age(Stockholm.DateOf(dateOfBirth), Stockholm.DateOf(at));

    /// <summary>Parses an ISO-8601 date (Stockholm midnight) or date-time (Stockholm local time unless it has an offset).</summary>
    /// <summary>An instant as it is, so that a rule reads a date the same whether the input holds text or an instant.</summary>
    public static DateTimeOffset Date(DateTimeOffset instant) => instant;

    public static DateTimeOffset Date(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Stockholm.StartOf(date);
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return parsed.Kind switch
            {
                DateTimeKind.Unspecified => Stockholm.At(parsed),
                _ => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            };
        }

        // The text is left out: input values end up in incidents and logs.
        throw new FormatException("A date must be an ISO-8601 date or date-time, such as 2025-06-16 or 2025-06-16T08:30:00+02:00.");
    }

    private static int Age(DateOnly born, DateOnly today)
    {
        // A 29 February birthday is reached on 1 March in common years: the birthday has not come while (month, day) is smaller.
        var birthdayPassed = (today.Month, today.Day).CompareTo((born.Month, born.Day)) >= 0;
        return today.Year - born.Year - (birthdayPassed ? 0 : 1);
    }
}
