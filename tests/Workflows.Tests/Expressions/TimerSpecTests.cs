using Samverkan.Shared;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Tests.Expressions;

public class TimerSpecTests
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);
    private static readonly DateTimeOffset Now = new(2026, 3, 27, 10, 0, 0, Winter);

    private static TimerSpec Parse(TimerKind kind, string text) =>
        TimerSpec.TryParse(kind, text, out var spec, out var error) ? spec! : throw new InvalidOperationException(error);

    [Theory]
    [InlineData("2026-04-01T08:00:00+02:00", "2026-04-01T08:00:00+02:00")]
    [InlineData("2026-04-01T08:00:00", "2026-04-01T08:00:00+02:00")]
    [InlineData("2026-02-01T08:00:00", "2026-02-01T08:00:00+01:00")]
    [InlineData("2026-04-01T06:00:00Z", "2026-04-01T08:00:00+02:00")]
    public void TryParse_Date_FiresOnceAtInstant(string text, string expected)
    {
        var spec = Parse(TimerKind.Date, text);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), spec.FirstDue(Now));
        Assert.Null(spec.NextDue(spec.FirstDue(Now)!.Value, 1));
        Assert.Equal(1, spec.Repetitions);
    }

    [Theory]
    [InlineData("PT1H30M", 2026, 3, 27, 11, 30)]
    [InlineData("P7D", 2026, 4, 3, 10, 0)]
    [InlineData("P2W", 2026, 4, 10, 10, 0)]
    [InlineData("P1Y2M", 2027, 5, 27, 10, 0)]
    [InlineData("PT0.5S", 2026, 3, 27, 10, 0)]
    public void FirstDue_Duration_AddsToNowInStockholm(string text, int year, int month, int day, int hour, int minute)
    {
        var due = Parse(TimerKind.Duration, text).FirstDue(Now)!.Value;

        Assert.Equal(new DateTime(year, month, day, hour, minute, 0), TimeZoneInfo.ConvertTime(due, Stockholm.Zone).DateTime.AddTicks(-(due.Ticks % TimeSpan.TicksPerSecond)));
    }

    [Fact]
    public void FirstDue_DayDurationAcrossDst_KeepsWallClockButHoursDoNot()
    {
        // Sweden moves to summer time on 2026-03-29.
        var days = Parse(TimerKind.Duration, "P3D").FirstDue(Now);
        var hours = Parse(TimerKind.Duration, "PT72H").FirstDue(Now);

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 10, 0, 0, Summer), days);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 11, 0, 0, Summer), hours);
    }

    [Fact]
    public void NextDue_BoundedCycle_ExhaustsAfterRepetitions()
    {
        // Arrange
        var spec = Parse(TimerKind.Cycle, "R3/P7D");

        // Act
        var first = spec.FirstDue(Now)!.Value;
        var second = spec.NextDue(first, 1)!.Value;
        var third = spec.NextDue(second, 2)!.Value;
        var fourth = spec.NextDue(third, 3);

        // Assert
        Assert.Equal(3, spec.Repetitions);
        Assert.Equal(new DateTimeOffset(2026, 4, 3, 10, 0, 0, Summer), first);
        Assert.Equal(new DateTimeOffset(2026, 4, 17, 10, 0, 0, Summer), third);
        Assert.Null(fourth);
    }

    [Fact]
    public void NextDue_UnboundedCycle_KeepsGoing()
    {
        var spec = Parse(TimerKind.Cycle, "R/PT1H");

        Assert.Null(spec.Repetitions);
        Assert.Equal(Now.AddHours(1001), spec.NextDue(Now.AddHours(1000), 1000));
    }

    [Fact]
    public void FirstDue_CycleWithStart_StartsThere()
    {
        var spec = Parse(TimerKind.Cycle, "R3/2026-01-01T08:00:00+01:00/P1D");

        var first = spec.FirstDue(Now)!.Value;

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 8, 0, 0, Winter), first);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 8, 0, 0, Winter), spec.NextDue(first, 1));
    }

    [Fact]
    public void FirstDue_CronAt9_UsesStockholmTimeAcrossDst()
    {
        // Arrange: Friday before the change to summer time.
        var spec = Parse(TimerKind.Cycle, "0 0 9 * * ?");

        // Act
        var first = spec.FirstDue(Now)!.Value;
        var second = spec.NextDue(first, 1)!.Value;
        var third = spec.NextDue(second, 2)!.Value;

        // Assert
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 9, 0, 0, Winter), first);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 9, 0, 0, Summer), second);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 9, 0, 0, Summer), third);
        Assert.Null(spec.Repetitions);
    }

    [Theory]
    [InlineData("0 0 9 ? * MON-FRI")]
    [InlineData("0 0 9 ? * 2-6")]
    [InlineData("0 0 9 ? * 2-6 *")]
    public void NextDue_WeekdayCron_SkipsWeekend(string text)
    {
        var spec = Parse(TimerKind.Cycle, text);

        var first = spec.FirstDue(Now)!.Value;
        var second = spec.NextDue(first, 1)!.Value;

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 9, 0, 0, Summer), first);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 9, 0, 0, Summer), second);
    }

    [Theory]
    [InlineData(TimerKind.Date, "next tuesday")]
    [InlineData(TimerKind.Date, "2026-13-01T00:00:00")]
    [InlineData(TimerKind.Duration, "P")]
    [InlineData(TimerKind.Duration, "PT")]
    [InlineData(TimerKind.Duration, "7 days")]
    [InlineData(TimerKind.Cycle, "R0/P1D")]
    [InlineData(TimerKind.Cycle, "Rx/P1D")]
    [InlineData(TimerKind.Cycle, "R3/soon/P1D")]
    [InlineData(TimerKind.Cycle, "0 0 9 * * ? 2027")]
    [InlineData(TimerKind.Cycle, "0 61 9 * * ?")]
    public void TryParse_Invalid_GivesError(TimerKind kind, string text)
    {
        var ok = TimerSpec.TryParse(kind, text, out var spec, out var error);

        Assert.False(ok);
        Assert.Null(spec);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void FromValue_SupportedTypes_MakeTimers()
    {
        var at = new DateTimeOffset(2026, 5, 1, 8, 0, 0, Summer);

        Assert.Equal(at, TimerSpec.FromValue(TimerKind.Date, at).FirstDue(Now));
        Assert.Equal(Now.AddHours(2), TimerSpec.FromValue(TimerKind.Duration, TimeSpan.FromHours(2)).FirstDue(Now));
        Assert.Equal(Now.AddMinutes(5), TimerSpec.FromValue(TimerKind.Duration, "PT5M").FirstDue(Now));
        Assert.Equal(2, TimerSpec.FromValue(TimerKind.Cycle, "R2/PT1M").Repetitions);
    }

    [Theory]
    [InlineData(TimerKind.Date, null, "null")]
    [InlineData(TimerKind.Date, 5L, "Int64")]
    [InlineData(TimerKind.Duration, "soon", "soon")]
    [InlineData(TimerKind.Cycle, true, "Boolean")]
    public void FromValue_WrongValue_ThrowsWithClearMessage(TimerKind kind, object? value, string mentioned)
    {
        var ex = Assert.Throws<ExpressionException>(() => TimerSpec.FromValue(kind, value));

        Assert.Contains(mentioned, ex.Message);
    }
}
