using System.Globalization;
using Samverkan.Rules.Helpers;

namespace Samverkan.Host.Components.Manager;

/// <summary>The ISO weeks of a year (52 or 53) with the paused ones marked, for the pause windows' calendar.</summary>
public static class WeekCalendar
{
    public static IReadOnlyList<CalendarWeek> Year(int year, WeekRanges paused, IsoWeek today) =>
        [.. Enumerable.Range(1, ISOWeek.GetWeeksInYear(year)).Select(number =>
        {
            var week = new IsoWeek(year, number);
            return new CalendarWeek(week, week.Monday, paused.Contains(week), week == today);
        })];
}
