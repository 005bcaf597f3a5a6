using Samverkan.Shared;

namespace Samverkan.Workflows.Tests.Shared;

/// <summary>
/// The one Stockholm calendar (src/Shared/Stockholm.cs, compiled into the engine, the rules and the host) at the clock
/// changes of 2025: the spring gap and the repeated autumn hour.
/// </summary>
public sealed class StockholmTests
{
    [Fact]
    public void At_TimeInTheSpringGap_MovesForwardByTheSkippedHour()
    {
        // 2025-03-30 02:30 does not exist: the clocks go from 02:00 CET to 03:00 CEST.
        var at = Stockholm.At(new DateTime(2025, 3, 30, 2, 30, 0));

        Assert.Equal(new DateTimeOffset(2025, 3, 30, 3, 30, 0, TimeSpan.FromHours(2)), at);
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 1, 30, 0, TimeSpan.Zero), at.ToUniversalTime());
    }

    [Fact]
    public void At_RepeatedAutumnTime_IsItsFirstSummerTimeOccurrence()
    {
        // 2025-10-26 02:30 happens twice: first in CEST (UTC+2), then an hour later in CET (UTC+1).
        var at = Stockholm.At(new DateTime(2025, 10, 26, 2, 30, 0));

        Assert.Equal(TimeSpan.FromHours(2), at.Offset);
        Assert.Equal(new DateTimeOffset(2025, 10, 26, 0, 30, 0, TimeSpan.Zero), at.ToUniversalTime());
    }

    [Theory]
    [InlineData("2025-10-26T00:30:00Z", "2025-10-26T02:30:00")]
    [InlineData("2025-10-26T01:30:00Z", "2025-10-26T02:30:00")]
    [InlineData("2025-03-30T01:30:00Z", "2025-03-30T03:30:00")]
    public void ToLocal_AroundTheChanges_IsTheWallClock(string utc, string local) =>
        Assert.Equal(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture),
            Stockholm.ToLocal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void StartOf_TheDaysOfTheChanges_IsMidnightWithThatDaysOffset()
    {
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 0, 0, 0, TimeSpan.FromHours(1)), Stockholm.StartOf(new DateOnly(2025, 3, 30)));
        Assert.Equal(new DateTimeOffset(2025, 10, 26, 0, 0, 0, TimeSpan.FromHours(2)), Stockholm.StartOf(new DateOnly(2025, 10, 26)));
    }

    [Fact]
    public void AddWorkingDays_AcrossTheSpringChangeAndEaster_KeepsTheWallClockTime()
    {
        // Thursday 2025-03-27 09:00 CET + 1 working day: Friday 28 March, still CET.
        Assert.Equal(new DateTimeOffset(2025, 3, 28, 9, 0, 0, TimeSpan.FromHours(1)),
            Stockholm.AddWorkingDays(new DateTimeOffset(2025, 3, 27, 9, 0, 0, TimeSpan.FromHours(1)), 1));
        // Friday 28 March + 1: Monday 31 March, now CEST, still 09:00.
        Assert.Equal(new DateTimeOffset(2025, 3, 31, 9, 0, 0, TimeSpan.FromHours(2)),
            Stockholm.AddWorkingDays(new DateTimeOffset(2025, 3, 28, 9, 0, 0, TimeSpan.FromHours(1)), 1));
        // Thursday before Easter 2025 (17 April) + 1: Långfredag and Annandag påsk are holidays, so Tuesday 22 April.
        Assert.Equal(new DateTimeOffset(2025, 4, 22, 9, 0, 0, TimeSpan.FromHours(2)),
            Stockholm.AddWorkingDays(new DateTimeOffset(2025, 4, 17, 9, 0, 0, TimeSpan.FromHours(2)), 1));
        Assert.Equal(new DateTimeOffset(2025, 4, 17, 9, 0, 0, TimeSpan.FromHours(2)),
            Stockholm.AddWorkingDays(new DateTimeOffset(2025, 4, 22, 9, 0, 0, TimeSpan.FromHours(2)), -1));
    }
}
