using Samverkan.Workflows.Expressions;

namespace Samverkan.Workflows.Tests.Expressions;

public class DatesTests
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    [Theory]
    [InlineData(2026, 12, 31, "2026-W53")]
    [InlineData(2027, 1, 1, "2026-W53")]
    [InlineData(2027, 1, 4, "2027-W01")]
    [InlineData(2025, 12, 29, "2026-W01")]
    public void IsoWeek_AroundYearEnd_UsesIsoYear(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, Dates.IsoWeek(new DateTimeOffset(year, month, day, 12, 0, 0, Winter)));
    }

    [Fact]
    public void IsoWeek_LateSundayUtc_UsesStockholmDate()
    {
        // 23:30 UTC on Sunday 2027-01-03 is already Monday in Stockholm.
        Assert.Equal("2027-W01", Dates.IsoWeek(new DateTimeOffset(2027, 1, 3, 23, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void AddDays_AcrossSpringDst_KeepsWallClock()
    {
        var before = new DateTimeOffset(2026, 3, 28, 9, 0, 0, Winter);

        var after = Dates.AddDays(before, 1);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 9, 0, 0, Summer), after);
        Assert.Equal(TimeSpan.FromHours(23), after - before);
    }

    [Fact]
    public void AddWorkingDays_FromFriday_SkipsWeekend()
    {
        var friday = new DateTimeOffset(2026, 3, 6, 15, 0, 0, Winter);

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 15, 0, 0, Winter), Dates.AddWorkingDays(friday, 2));
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 15, 0, 0, Winter), Dates.AddWorkingDays(friday, -1));
        Assert.Equal(friday, Dates.AddWorkingDays(friday, 0));
    }

    [Fact]
    public void AddWorkingDays_OverChristmasAndNewYear_SkipsTheSwedishHolidaysAndEves()
    {
        var wednesday = new DateTimeOffset(2026, 12, 23, 9, 0, 0, Winter);

        // Julafton (Thu), juldagen (Fri), the weekend: the next working day is Monday the 28th.
        Assert.Equal(new DateTimeOffset(2026, 12, 28, 9, 0, 0, Winter), Dates.AddWorkingDays(wednesday, 1));
        // 28, 29, 30; nyårsafton, nyårsdagen, the weekend; 4, 5; trettondedag jul: the sixth working day is the 7th.
        Assert.Equal(new DateTimeOffset(2027, 1, 7, 9, 0, 0, Winter), Dates.AddWorkingDays(wednesday, 6));
        Assert.Equal(new DateTimeOffset(2026, 12, 22, 9, 0, 0, Winter), Dates.AddWorkingDays(new DateTimeOffset(2026, 12, 28, 9, 0, 0, Winter), -2));
    }

    [Fact]
    public void Parse_WithoutOffset_IsStockholmLocal()
    {
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 8, 0, 0, Summer), Dates.Parse("2026-07-01T08:00:00"));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, Winter), Dates.Parse("2026-01-01"));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero), Dates.Parse("2026-01-01T08:00:00Z"));
    }

    [Fact]
    public void Parse_Garbage_ThrowsExpressionException()
    {
        Assert.Throws<ExpressionException>(() => Dates.Parse("01/02/2026"));
    }

    [Theory]
    [InlineData("2008-03-02", 2026, 3, 1, 17)]
    [InlineData("2008-03-02", 2026, 3, 2, 18)]
    [InlineData("2008-02-29", 2026, 2, 28, 17)]
    public void Age_AroundBirthday_CountsWholeYears(string born, int year, int month, int day, long expected)
    {
        Assert.Equal(expected, Dates.Age(born, new DateTimeOffset(year, month, day, 12, 0, 0, Winter)));
    }

    [Fact]
    public void Days_Fraction_GivesTimeSpan()
    {
        Assert.Equal(TimeSpan.FromHours(36), Dates.Days(1.5));
    }
}
