using Samverkan.Host.Web.Inbox;

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
        });

        Assert.Equal(["count=3", "deidentified=ja", "Rubrik=Bostad saknas"], shown.Select(v => $"{v.Key}={v.Value}"));
    }

    [Fact]
    public void Shown_NamedByTheFormFieldsLabel()
    {
        var shown = ContextVariables.Shown(new Dictionary<string, object?> { ["refusalReason"] = "Kommunen samordnar" },
            new Dictionary<string, string> { ["refusalReason"] = "Skäl till att SIP inte upprättas" });

        Assert.Equal("Skäl till att SIP inte upprättas", Assert.Single(shown).Key);
    }
}
