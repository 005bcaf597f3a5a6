using Samverkan.Host.Cases.ProcessData;

namespace Samverkan.Host.Tests.Cases.ProcessData;

/// <summary>Finding a personnummer or samordningsnummer with a valid check digit in free text.</summary>
public sealed class PersonnummerTextTests
{
    [Theory]
    [InlineData("Tolvan, 19121212-1212, behöver stöd")]
    [InlineData("pnr 191212121212")]
    [InlineData("1212121212")]
    [InlineData("121212-1212 ringer")]
    [InlineData("121212+1212")]
    [InlineData("19121272-1219")] // samordningsnummer: day + 60
    [InlineData("20121212 1212")]
    public void Contains_AValidNumber_True(string text) => Assert.True(PersonnummerText.Contains(text));

    [Theory]
    [InlineData("19121212-1213")] // wrong check digit
    [InlineData("19121312-1212")] // no month 13
    [InlineData("ärende 2025-06-16, 14 deltagare")]
    [InlineData("telefon 0701234567")]
    [InlineData("1191212121212")] // inside a longer number
    [InlineData("")]
    public void Contains_NoValidNumber_False(string text) => Assert.False(PersonnummerText.Contains(text));

    [Fact]
    public void Contains_ANumberValue_ReadsItsDigits()
    {
        Assert.True(PersonnummerText.Contains(191212121212L));
        Assert.False(PersonnummerText.Contains(42L));
    }
}
