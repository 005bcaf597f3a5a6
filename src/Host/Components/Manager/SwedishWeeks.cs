using System.Globalization;
using Samverkan.Rules.Helpers;

namespace Samverkan.Host.Components.Manager;

/// <summary>Weeks and week ranges as Swedish users write them: "v. 25 2025", "från v. 25 2025 till v. 32 2025".</summary>
public static class SwedishWeeks
{
    public static string Week(IsoWeek week) => string.Create(CultureInfo.InvariantCulture, $"v. {week.Week} {week.Year}");

    public static string Range(WeekRange range) =>
        range.First == range.Last ? Week(range.First) : $"från {Week(range.First)} till {Week(range.Last)}";
}
