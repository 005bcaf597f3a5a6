using Samverkan.Shared;

namespace Samverkan.Rules.Helpers;

/// <summary>Consecutive ISO weeks, both ends included, written "2025-W25..2025-W32" (or one week, "2025-W40").</summary>
public sealed class WeekRange : IEquatable<WeekRange>
{
    private const string Separator = "..";

    public WeekRange(IsoWeek first, IsoWeek last)
    {
        if (last < first)
        {
            throw new FormatException($"The week range {first}..{last} ends before it starts.");
        }

        First = first;
        Last = last;
    }

    public IsoWeek First { get; }

    public IsoWeek Last { get; }

    /// <summary>Monday 00:00 Stockholm time of the first week.</summary>
    public DateTimeOffset Start => Stockholm.StartOf(First.Monday);

    /// <summary>Monday 00:00 Stockholm time after the last week; the range ends just before it.</summary>
    public DateTimeOffset End => Stockholm.StartOf(Last.Monday.AddDays(7));

    public bool Contains(IsoWeek week) => week >= First && week <= Last;

    public bool Contains(DateTimeOffset instant) => Contains(IsoWeek.Of(instant));

    public static WeekRange Parse(string text)
    {
        var parts = text.Split(Separator);
        return parts.Length switch
        {
            1 => new WeekRange(IsoWeek.Parse(parts[0]), IsoWeek.Parse(parts[0])),
            2 => new WeekRange(IsoWeek.Parse(parts[0]), IsoWeek.Parse(parts[1])),
            _ => throw new FormatException($"'{text}' is not a week range such as 2025-W25..2025-W32."),
        };
    }

    public bool Equals(WeekRange? other) => other is not null && First == other.First && Last == other.Last;

    public override bool Equals(object? obj) => Equals(obj as WeekRange);

    public override int GetHashCode() => HashCode.Combine(First, Last);

    public override string ToString() => First == Last ? First.ToString() : $"{First}{Separator}{Last}";
}
