using Samverkan.Host.Components.Start;

namespace Samverkan.Web.Tests.Start;

public sealed class StartFormTests
{
    [Fact]
    public void RedThread_NothingChosen_EveryRequiredFieldHasASwedishMessage()
    {
        var form = new RedThreadStartForm();

        Assert.False(form.Validate());

        Assert.Equal("Välj verksamheten som drar i snöret.", form.ErrorOf(nameof(RedThreadStartForm.Party)));
        Assert.Equal("Välj ja eller nej.", form.ErrorOf(nameof(RedThreadStartForm.IndividualHarmed)));
        Assert.Equal("Välj ja eller nej.", form.ErrorOf(nameof(RedThreadStartForm.UnreasonableBurden)));
        Assert.Equal("Välj ja eller nej.", form.ErrorOf(nameof(RedThreadStartForm.SipAttempted)));
    }

    [Fact]
    public void RedThread_Filled_GivesTheVariablesRodaSnoretExpects()
    {
        var form = new RedThreadStartForm { Party = "polis", IndividualHarmed = true, UnreasonableBurden = true, SipAttempted = false, Reference = " ärende-17 " };

        Assert.True(form.Validate());

        Assert.Equal("ärende-17", form.BusinessKey);
        Assert.Equal(new Dictionary<string, object?>
        {
            ["pulledBy"] = "hugo", ["party"] = "polis", ["individualHarmed"] = true, ["unreasonableBurden"] = true, ["sipAttempted"] = false,
        }, form.ToVariables("hugo"));
    }

    [Theory]
    [InlineData(null, "Fyll i det här fältet.")]
    [InlineData("Bo", "Skriv minst 5 tecken.")]
    [InlineData("Gäller 19800501-1234 som saknar boende", "Skriv inga personnummer; beskriv situationen utan att peka ut den enskilde.")]
    public void Problem_Title_IsRequiredLongEnoughAndWithoutPersonnummer(string? title, string expected)
    {
        var form = new ProblemStartForm { Title = title, Deidentified = true, WrittenConsent = false };

        Assert.False(form.Validate());

        Assert.Equal(expected, form.ErrorOf(nameof(ProblemStartForm.Title)));
    }

    [Fact]
    public void Problem_Filled_GivesRaisedByTitleAndConsentAnswers()
    {
        var form = new ProblemStartForm { Title = "Bostad saknas efter utskrivning", Deidentified = true, WrittenConsent = false };

        Assert.True(form.Validate());

        Assert.Equal(new Dictionary<string, object?>
        {
            ["raisedBy"] = "hugo", ["title"] = "Bostad saknas efter utskrivning", ["deidentified"] = true, ["writtenConsent"] = false,
        }, form.ToVariables("hugo"));
    }

    [Fact]
    public void Reference_APersonnummer_IsRefused()
    {
        var form = new DeviationStartForm { Reference = "19121212-1212" };

        Assert.False(form.Validate());

        Assert.Equal("Ange inte personnummer här; använd ett ärendenummer.", form.ErrorOf(nameof(StartForm.Reference)));
    }

    [Fact]
    public void Deviation_StartsWithTheReporter_AndSip_WithTheNeed()
    {
        Assert.Equal(new Dictionary<string, object?> { ["reporter"] = "hugo" }, new DeviationStartForm().ToVariables("hugo"));
        var sip = new SipStartForm { NeedDescription = "Behöver hemtjänst och psykiatrisk uppföljning." };
        Assert.True(sip.Validate());
        Assert.Equal("Behöver hemtjänst och psykiatrisk uppföljning.", sip.ToVariables("hugo")["needDescription"]);
    }
}
