using System.Globalization;
using Samverkan.Shared;

namespace Samverkan.Workflows.Expressions;

/// <summary>Date functions callable from expressions as <c>Dates.X(...)</c>; "now" is always the <c>now</c> variable, never the clock.</summary>
public static class Dates
{
    /// <summary>Adds calendar days in Stockholm time, so a day across a DST change keeps the wall-clock time.</summary>
    public static DateTimeOffset AddDays(DateTimeOffset instant, double days)
    {
        var whole = Math.Truncate(days);
        var moved = Stockholm.At(Stockholm.ToLocal(instant).AddDays(whole));
        return moved + TimeSpan.FromDays(days - whole);
    }

    /// <summary>
    /// Moves by Swedish working days in Stockholm, keeping the time of day: Monday to Friday, not a public holiday and
    /// not midsommarafton, julafton or nyårsafton (the same days as the rule sets' <c>Calendar.AddWorkingDays</c>).
    /// Negative goes back.
    /// </summary>
    public static DateTimeOffset AddWorkingDays(DateTimeOffset instant, int days) => Stockholm.AddWorkingDays(instant, days);

    /// <summary>Parses an ISO-8601 date or date-time; without an offset it is Stockholm local time.</summary>
    public static DateTimeOffset Parse(string text) => IsoDateTime.Parse(text);

    public static TimeSpan Days(double days) => TimeSpan.FromDays(days);

    /// <summary>The ISO week of the Stockholm date, e.g. "2026-W53".</summary>
    public static string IsoWeek(DateTimeOffset instant)
    {
        var date = Stockholm.ToLocal(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    /// <summary>Whole years between a date of birth (yyyy-MM-dd) and the Stockholm date of <paramref name="at"/>.</summary>
    public static long Age(string dateOfBirth, DateTimeOffset at)
    {
        if (!DateOnly.TryParseExact(dateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born))
        {
            throw new ExpressionException($"Date of birth '{dateOfBirth}' is not a yyyy-MM-dd date");
        }

        var today = DateOnly.FromDateTime(Stockholm.ToLocal(at));
        var age = today.Year - born.Year;

        // Compared as (month, day) so that a 29 February birthday is reached on 1 March in common years.
        return (today.Month, today.Day).CompareTo((born.Month, born.Day)) < 0 ? age - 1 : age;
    }
}
