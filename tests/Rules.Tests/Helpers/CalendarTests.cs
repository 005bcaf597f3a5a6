using Samverkan.Rules.Helpers;

namespace Samverkan.Rules.Tests.Helpers;

public sealed class CalendarTests
{
    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text);

    [Theory]
    [InlineData("2025-08-11T00:00:00+02:00", 5, "2025-08-18T00:00:00+02:00")]
    [InlineData("2025-06-15T23:59:00+02:00", 5, "2025-06-23T23:59:00+02:00")] // skips midsommarafton
    [InlineData("2025-12-23T09:00:00+01:00", 1, "2025-12-29T09:00:00+01:00")] // skips julafton, juldagen, annandag jul and the weekend
    [InlineData("2025-06-14T12:00:00+02:00", 1, "2025-06-16T12:00:00+02:00")] // from a Saturday
    [InlineData("2025-06-16T12:00:00+02:00", -1, "2025-06-13T12:00:00+02:00")]
    [InlineData("2025-03-28T09:00:00+01:00", 1, "2025-03-31T09:00:00+02:00")] // across the spring clock change
    [InlineData("2025-06-16T12:00:00+02:00", 0, "2025-06-16T12:00:00+02:00")]
    public void AddWorkingDays_SkipsWeekendsHolidaysAndEves(string from, int days, string expected) =>
        Assert.Equal(At(expected), Calendar.AddWorkingDays(At(from), days));

    [Theory]
    [InlineData("2025-08-11T00:00:00+02:00", "2025-08-18T00:00:00+02:00", 5)]
    [InlineData("2025-08-18T00:00:00+02:00", "2025-08-11T00:00:00+02:00", -5)]
    [InlineData("2025-12-23T09:00:00+01:00", "2025-12-30T09:00:00+01:00", 2)]
    [InlineData("2025-06-16T09:00:00+02:00", "2025-06-16T17:00:00+02:00", 0)]
    public void WorkingDaysBetween_IsTheInverseOfAddWorkingDays(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(At(from), At(to)));

    [Fact]
    public void AddDays_AcrossAutumnClockChange_KeepsWallClockTime() =>
        Assert.Equal(At("2025-10-27T14:00:00+01:00"), Calendar.AddDays(At("2025-10-24T14:00:00+02:00"), 3));

    [Theory]
    [InlineData("2007-06-16", "2025-06-15T23:59:00+02:00", 17)]
    [InlineData("2007-06-16", "2025-06-16T00:00:00+02:00", 18)]
    [InlineData("2007-06-16", "2025-06-15T22:00:00Z", 18)] // Stockholm date, not UTC date
    [InlineData("2004-02-29", "2022-02-28T12:00:00+01:00", 17)]
    [InlineData("2004-02-29", "2022-03-01T12:00:00+01:00", 18)]
    [InlineData("2004-02-29", "2024-02-29T12:00:00+01:00", 20)]
    public void Age_FromDateOfBirth(string born, string at, int expected) =>
        Assert.Equal(expected, Calendar.Age(born, At(at)));

    [Fact]
    public void Age_BadDate_Throws() => Assert.Throws<FormatException>(() => Calendar.Age("19800101", At("2025-01-01T00:00:00Z")));

    [Theory]
    [InlineData("2025-06-16", "2025-06-16T00:00:00+02:00")]
    [InlineData("2025-01-16T08:30:00", "2025-01-16T08:30:00+01:00")]
    [InlineData("2025-06-16T08:30:00Z", "2025-06-16T10:30:00+02:00")]
    [InlineData("2025-06-16T08:30:00+02:00", "2025-06-16T08:30:00+02:00")]
    public void Date_ReadsIsoTextInStockholmTime(string text, string expected) =>
        Assert.Equal(At(expected), Calendar.Date(text));

    [Fact]
    public void PointBetween_Halfway_CountsElapsedTime() =>
        Assert.Equal(At("2025-10-27T08:30:00+01:00"), Calendar.PointBetween(At("2025-10-20T09:00:00+02:00"), At("2025-11-03T09:00:00+01:00"), 0.5));

    [Fact]
    public void DaysBetween_CountsStockholmDates() =>
        Assert.Equal(1, Calendar.DaysBetween(At("2025-06-15T21:59:00Z"), At("2025-06-15T22:00:00Z")));
}
