using Samverkan.Rules.Helpers;

namespace Samverkan.Rules.Tests.Helpers;

public sealed class IsoWeekTests
{
    [Theory]
    [InlineData("2026-12-31T12:00:00+01:00", "2026-W53")]
    [InlineData("2027-01-01T12:00:00+01:00", "2026-W53")]
    [InlineData("2027-01-03T23:59:00+01:00", "2026-W53")]
    [InlineData("2027-01-04T00:00:00+01:00", "2027-W01")]
    [InlineData("2024-12-30T00:00:00+01:00", "2025-W01")]
    [InlineData("2020-12-31T12:00:00+01:00", "2020-W53")]
    [InlineData("2021-01-03T12:00:00+01:00", "2020-W53")]
    [InlineData("2025-12-29T00:00:00+01:00", "2026-W01")]
    public void IsoWeek_AroundNewYear_UsesIsoYear(string instant, string expected) =>
        Assert.Equal(expected, Calendar.IsoWeek(DateTimeOffset.Parse(instant)));

    [Theory]
    // Stockholm midnight is 22:00 or 23:00 UTC the day before: the week is that of the Stockholm date.
    [InlineData("2025-06-15T21:59:00Z", "2025-W24")]
    [InlineData("2025-06-15T22:00:00Z", "2025-W25")]
    [InlineData("2027-01-03T22:59:00Z", "2026-W53")]
    [InlineData("2027-01-03T23:00:00Z", "2027-W01")]
    public void IsoWeek_UtcInstant_IsReckonedInStockholm(string instant, string expected) =>
        Assert.Equal(expected, Calendar.IsoWeek(DateTimeOffset.Parse(instant)));

    [Theory]
    // Spring forward on Sunday 2025-03-30 (+01:00 -> +02:00) and back on Sunday 2025-10-26 (+02:00 -> +01:00).
    [InlineData("2025-03-30T21:59:00Z", "2025-W13")]
    [InlineData("2025-03-30T22:00:00Z", "2025-W14")]
    [InlineData("2025-10-26T22:59:00Z", "2025-W43")]
    [InlineData("2025-10-26T23:00:00Z", "2025-W44")]
    public void IsoWeek_MondayAfterClockChange_StartsAtLocalMidnight(string instant, string expected) =>
        Assert.Equal(expected, Calendar.IsoWeek(DateTimeOffset.Parse(instant)));

    [Theory]
    [InlineData("2026-W53", true)]
    [InlineData("2025-W53", false)]
    [InlineData("2025-W00", false)]
    [InlineData("2025-W1", false)]
    [InlineData("25-W10", false)]
    public void TryParse_ChecksTheWeekExists(string text, bool valid) =>
        Assert.Equal(valid, IsoWeek.TryParse(text, out _));

    [Fact]
    public void Monday_OfWeek53_IsInDecember() =>
        Assert.Equal(new DateOnly(2026, 12, 28), IsoWeek.Parse("2026-W53").Monday);
}
