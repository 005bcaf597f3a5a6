using Samverkan.Rules.Helpers;
using Samverkan.Shared;

namespace Samverkan.Rules.Tests.Helpers;

public sealed class SwedishHolidaysTests
{
    [Theory]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void EasterSunday_KnownYears(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), SwedishHolidays.EasterSunday(year));

    [Fact]
    public void HolidaysOf2025_AreTheThirteenOfTheLaw()
    {
        string[] expected =
        [
            "2025-01-01", "2025-01-06", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-01", "2025-05-29",
            "2025-06-08", "2025-06-06", "2025-06-21", "2025-11-01", "2025-12-25", "2025-12-26",
        ];

        Assert.Equal(expected.Select(DateOnly.Parse).Order(), SwedishHolidays.HolidaysOf(2025).Keys.Order());
    }

    [Theory]
    [InlineData("2025-06-20", false)] // midsommarafton, a Friday
    [InlineData("2025-12-24", false)] // julafton, a Wednesday
    [InlineData("2025-12-31", false)] // nyårsafton
    [InlineData("2025-06-06", false)] // nationaldagen, a Friday
    [InlineData("2025-04-18", false)] // långfredagen
    [InlineData("2025-05-29", false)] // Kristi himmelsfärds dag, a Thursday
    [InlineData("2025-05-30", true)]  // the "klämdag" after it is a working day
    [InlineData("2025-06-14", false)] // a Saturday
    [InlineData("2025-06-16", true)]
    public void IsWorkingDay_SwedishCalendar(string date, bool working) =>
        Assert.Equal(working, SwedishHolidays.IsWorkingDay(DateOnly.Parse(date)));

    [Fact]
    public void IsPublicHoliday_EveIsNotAHolidayButNotWorkedEither()
    {
        var eve = DateTimeOffset.Parse("2025-12-24T10:00:00+01:00");

        Assert.False(Calendar.IsPublicHoliday(eve));
        Assert.False(Calendar.IsWorkingDay(eve));
        Assert.True(Calendar.IsPublicHoliday(DateTimeOffset.Parse("2025-12-25T10:00:00+01:00")));
    }
}
