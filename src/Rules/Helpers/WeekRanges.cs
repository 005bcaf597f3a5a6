namespace Samverkan.Rules.Helpers;

/// <summary>A list of week ranges, such as the red thread's pause windows; rules ask <c>params.x.Contains(now)</c>.</summary>
public sealed class WeekRanges
{
    public WeekRanges(IEnumerable<WeekRange> ranges) => Ranges = [.. ranges];

    public IReadOnlyList<WeekRange> Ranges { get; }

    public int Count => Ranges.Count;

    public bool Contains(DateTimeOffset instant) => Contains(IsoWeek.Of(instant));

    public bool Contains(IsoWeek week)
    {
        foreach (var range in Ranges)
        {
            if (range.Contains(week))
            {
                return true;
            }
        }

        return false;
    }

    public static WeekRanges Parse(IEnumerable<string> texts) => new(texts.Select(WeekRange.Parse));

    public IReadOnlyList<string> ToStrings() => [.. Ranges.Select(r => r.ToString())];

    public override string ToString() => string.Join(", ", Ranges);
}
