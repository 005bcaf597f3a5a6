using Samverkan.Rules.Helpers;

namespace Samverkan.Rules.Tests.Helpers;

public sealed class WeekRangeTests
{
    private static readonly WeekRanges Pause = WeekRanges.Parse(["2025-W25..2025-W32"]);

    [Theory]
    [InlineData("2025-06-15T23:59:00+02:00", false)] // Sunday, week 24: last minute before the pause
    [InlineData("2025-06-16T00:00:00+02:00", true)]  // Monday, week 25: first minute of the pause
    [InlineData("2025-08-10T23:59:00+02:00", true)]  // Sunday, week 32: last minute of the pause
    [InlineData("2025-08-11T00:00:00+02:00", false)] // Monday, week 33
    [InlineData("2025-06-15T22:00:00Z", true)]       // the same first minute written in UTC
    [InlineData("2026-06-16T00:00:00+02:00", false)] // week 25 of another year
    public void Contains_PauseWindowEdges_InStockholmTime(string instant, bool inside) =>
        Assert.Equal(inside, Calendar.InWeeks(DateTimeOffset.Parse(instant), Pause));

    [Fact]
    public void StartAndEnd_AreStockholmMidnights()
    {
        var range = WeekRange.Parse("2025-W25..2025-W32");

        Assert.Equal(DateTimeOffset.Parse("2025-06-16T00:00:00+02:00"), range.Start);
        Assert.Equal(DateTimeOffset.Parse("2025-08-11T00:00:00+02:00"), range.End);
    }

    [Fact]
    public void Contains_RangeAcrossNewYear_IncludesWeek53()
    {
        var ranges = WeekRanges.Parse(["2026-W52..2027-W01", "2027-W10"]);

        Assert.True(ranges.Contains(DateTimeOffset.Parse("2027-01-01T12:00:00+01:00")));
        Assert.True(ranges.Contains(DateTimeOffset.Parse("2027-03-08T00:00:00+01:00")));
        Assert.False(ranges.Contains(DateTimeOffset.Parse("2027-01-11T00:00:00+01:00")));
    }

    [Theory]
    [InlineData("2025-W32..2025-W25")]
    [InlineData("2025-W25..")]
    [InlineData("2025-W25..2025-W26..2025-W27")]
    [InlineData("vecka 25")]
    public void Parse_BadRange_Throws(string text) => Assert.Throws<FormatException>(() => WeekRange.Parse(text));

    [Fact]
    public void ToStrings_RoundTrips() =>
        Assert.Equal(["2025-W25..2025-W32", "2025-W40"], WeekRanges.Parse(["2025-W25..2025-W32", "2025-W40..2025-W40"]).ToStrings());
}
