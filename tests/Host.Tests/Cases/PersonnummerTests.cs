using Samverkan.Host.Cases;

namespace Samverkan.Host.Tests.Cases;

public sealed class PersonnummerTests
{
    [Theory]
    [InlineData("19121212-1212", "191212121212", "1912-12-12")]
    [InlineData("191212121212", "191212121212", "1912-12-12")]
    [InlineData(" 19121212-1212 ", "191212121212", "1912-12-12")]
    [InlineData("19121272-1219", "191212721219", "1912-12-12")] // samordningsnummer
    public void TryParse_ValidForms_GiveTwelveDigitsAndBirthDate(string text, string digits, string birthDate)
    {
        Assert.True(Personnummer.TryParse(text, out var personnummer, out _));

        Assert.Equal(digits, personnummer.Digits);
        Assert.Equal(DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), personnummer.BirthDate);
        Assert.Equal("19121212-1212", Personnummer.TryParse("191212121212", out var p, out _) ? p.Formatted : null);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("121212-1212")]
    [InlineData("19121212+1212")]
    [InlineData("19121212-1213")]
    [InlineData("19120230-1212")]
    [InlineData("19121200-1212")]
    [InlineData("1912121212１２")]
    [InlineData("17991212-1212")]
    public void TryParse_Invalid_IsRefusedWithoutQuotingIt(string? text)
    {
        Assert.False(Personnummer.TryParse(text, out _, out var error));

        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain("1212", error);
    }

    [Fact]
    public void ToString_DoesNotPrintTheNumber()
    {
        Personnummer.TryParse("19121212-1212", out var personnummer, out _);

        Assert.DoesNotContain("1212", personnummer.ToString());
        Assert.DoesNotContain("1212", $"{personnummer}");
    }
}
