using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Samverkan.Shared;

/// <summary>
/// Swedish public holidays (lag 1989:253 om allmänna helgdagar) and the eves that are treated as Sundays
/// at work (midsommarafton, julafton, nyårsafton); a working day is a weekday that is neither.
/// </summary>
/// <remarks>
/// Compiled into both the engine (BPMN expressions' <c>Dates.AddWorkingDays</c>) and the rules (<c>Calendar</c>), which
/// do not reference each other, so that a working day means the same in a process and in a rule set.
/// </remarks>
internal static class SwedishHolidays
{
    private static readonly ConcurrentDictionary<int, FrozenDictionary<DateOnly, string>> Holidays = new();

    private static readonly ConcurrentDictionary<int, FrozenSet<DateOnly>> DaysOff = new();

    public static bool IsPublicHoliday(DateOnly date) => HolidaysOf(date.Year).ContainsKey(date);

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !DaysOffOf(date.Year).Contains(date);

    /// <summary>The public holidays of a year with their Swedish names.</summary>
    public static FrozenDictionary<DateOnly, string> HolidaysOf(int year) => Holidays.GetOrAdd(year, static y =>
    {
        var easter = EasterSunday(y);
        var midsummerDay = FirstOnOrAfter(new DateOnly(y, 6, 20), DayOfWeek.Saturday);
        return new Dictionary<DateOnly, string>
        {
            [new DateOnly(y, 1, 1)] = "Nyårsdagen",
            [new DateOnly(y, 1, 6)] = "Trettondedag jul",
            [easter.AddDays(-2)] = "Långfredagen",
            [easter] = "Påskdagen",
            [easter.AddDays(1)] = "Annandag påsk",
            [new DateOnly(y, 5, 1)] = "Första maj",
            [easter.AddDays(39)] = "Kristi himmelsfärds dag",
            [easter.AddDays(49)] = "Pingstdagen",
            [new DateOnly(y, 6, 6)] = "Sveriges nationaldag",
            [midsummerDay] = "Midsommardagen",
            [FirstOnOrAfter(new DateOnly(y, 10, 31), DayOfWeek.Saturday)] = "Alla helgons dag",
            [new DateOnly(y, 12, 25)] = "Juldagen",
            [new DateOnly(y, 12, 26)] = "Annandag jul",
        }.ToFrozenDictionary();
    });

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static FrozenSet<DateOnly> DaysOffOf(int year) => DaysOff.GetOrAdd(year, static y =>
    {
        var midsummerEve = FirstOnOrAfter(new DateOnly(y, 6, 19), DayOfWeek.Friday);
        DateOnly[] eves = [midsummerEve, new DateOnly(y, 12, 24), new DateOnly(y, 12, 31)];
        return HolidaysOf(y).Keys.Concat(eves).ToFrozenSet();
    });

    private static DateOnly FirstOnOrAfter(DateOnly date, DayOfWeek day) => date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);
}
