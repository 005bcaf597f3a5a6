using Samverkan.Rules.Helpers;

namespace Samverkan.Rules.Tests.Helpers;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("P14D", "P14D")]
    [InlineData("P2W", "P14D")]
    [InlineData("P1Y", "P1Y")]
    [InlineData("P1Y2M3DT4H5M6S", "P1Y2M3DT4H5M6S")]
    [InlineData("PT36H", "PT36H")]
    [InlineData("P0D", "P0D")]
    public void Parse_ToString_IsCanonical(string text, string expected) => Assert.Equal(expected, Period.Parse(text).ToString());

    [Theory]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("14D")]
    [InlineData("P-1D")]
    [InlineData("P1.5D")]
    [InlineData("fjorton dagar")]
    public void TryParse_Invalid_IsFalse(string text) => Assert.False(Period.TryParse(text, out _));

    [Theory]
    [InlineData("P1Y", "2024-02-29T10:00:00+01:00", "2025-02-28T10:00:00+01:00")]
    [InlineData("P1D", "2025-03-29T10:00:00+01:00", "2025-03-30T10:00:00+02:00")]
    [InlineData("PT24H", "2025-03-29T10:00:00+01:00", "2025-03-30T11:00:00+02:00")]
    [InlineData("P1M", "2025-01-31T10:00:00+01:00", "2025-02-28T10:00:00+01:00")]
    public void AddTo_CalendarPartsInStockholm_TimePartsElapsed(string period, string from, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), Period.Parse(period).AddTo(DateTimeOffset.Parse(from)));
}
