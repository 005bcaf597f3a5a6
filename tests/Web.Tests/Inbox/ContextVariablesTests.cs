using Samverkan.Host.Components.Inbox;
using Samverkan.Host.Components.Start;

namespace Samverkan.Web.Tests.Inbox;

public sealed class ContextVariablesTests
{
    [Fact]
    public void Shown_PlainValuesOnly_NothingPersonal()
    {
        var shown = ContextVariables.Shown(new Dictionary<string, object?>
        {
            ["title"] = "Bostad saknas",
            ["deidentified"] = true,
            ["personName"] = "Anna Andersson",
            ["dateOfBirth"] = "1980-05-01",
            ["note"] = "Gäller 198005011234",
            ["pull"] = new Dictionary<string, object?> { ["route"] = "P3" },
            ["count"] = 3L,
            ["dischargeNotice"] = "",
        });

        Assert.Equal(["Avidentifierat=ja", "count=3", "Rubrik=Bostad saknas"], shown.Select(v => $"{v.Key}={v.Value}"));
    }

    [Fact]
    public void Shown_AChoiceByTheNameOfTheOptionChosen()
    {
        var shown = ContextVariables.Shown(new Dictionary<string, object?> { ["outcome"] = "lift", ["note"] = "lift" },
            new Dictionary<string, string> { ["outcome"] = "Utfall" },
            new Dictionary<string, IReadOnlyDictionary<string, string>> { ["outcome"] = new Dictionary<string, string> { ["lift"] = "Lyft till nästa nivå" } });

        Assert.Equal(["note=lift", "Utfall=Lyft till nästa nivå"], shown.Select(v => $"{v.Key}={v.Value}"));
    }

    public static TheoryData<StartForm> FilledStartForms => new()
    {
        new SipStartForm { NeedDescription = "Hemtjänst och psykiatrisk uppföljning" },
        new RedThreadStartForm { Party = "polis", IndividualHarmed = true, UnreasonableBurden = true, SipAttempted = true },
        new DeviationStartForm(),
        new ProblemStartForm { Title = "Oklart ansvar för boendestöd", Deidentified = true, WrittenConsent = false },
    };

    [Theory]
    [MemberData(nameof(FilledStartForms))]
    public void Shown_EveryVariableAStartFormSets_HasASwedishName(StartForm form)
    {
        var variables = form.ToVariables("hugo");

        var shown = ContextVariables.Shown(variables);

        Assert.Equal(variables.Count, shown.Count);
        Assert.All(shown, v => Assert.DoesNotContain(v.Key, variables.Keys));
    }

    [Fact]
    public void Shown_NamedByTheFormFieldsLabel()
    {
        var shown = ContextVariables.Shown(new Dictionary<string, object?> { ["refusalReason"] = "Kommunen samordnar" },
            new Dictionary<string, string> { ["refusalReason"] = "Skäl till att SIP inte upprättas" });

        Assert.Equal("Skäl till att SIP inte upprättas", Assert.Single(shown).Key);
    }
}
