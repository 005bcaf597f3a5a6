using Samverkan.Host.Components.Designer;

namespace Samverkan.Web.Tests.Designer;

public sealed class ProcessKeyTests
{
    [Theory]
    [InlineData("sip")]
    [InlineData("roda-snoret")]
    [InlineData("Avvikelse_2")]
    [InlineData("_intern")]
    public void Validate_LettersDigitsHyphenUnderscore_IsAccepted(string key) =>
        Assert.Null(ProcessKey.Validate(key));

    [Theory]
    [InlineData(null, "Ange en nyckel")]
    [InlineData("  ", "Ange en nyckel")]
    [InlineData("min process", "får bara innehålla")]
    [InlineData("röda-snöret", "får bara innehålla")]
    [InlineData("1process", "börja med en bokstav")]
    [InlineData("-process", "börja med en bokstav")]
    [InlineData("a/b", "får bara innehålla")]
    [InlineData("<x>", "får bara innehålla")]
    [InlineData("ny", "reserverad")]
    public void Validate_BadKey_SaysWhatIsWrongInSwedish(string? key, string expected) =>
        Assert.Contains(expected, ProcessKey.Validate(key));

    [Fact]
    public void Validate_TooLong_IsRefused() =>
        Assert.Contains("högst 200", ProcessKey.Validate(new string('a', 201)));
}
