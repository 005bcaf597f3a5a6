using System.Globalization;
using Samverkan.Rules.Helpers;

namespace Samverkan.Host.Components.Manager;

/// <summary>One ISO week of a year grid: paused or not, and whether it is this week.</summary>
public sealed record CalendarWeek(IsoWeek Week, DateOnly Monday, bool Paused, bool IsCurrent)
{
    /// <summary>What a screen reader says for the cell, e.g. "v. 27 2025, från 2025-06-30, pausad".</summary>
    public string Label => $"{SwedishWeeks.Week(Week)}, från {Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        + (Paused ? ", pausad" : "") + (IsCurrent ? ", denna vecka" : "");
}
