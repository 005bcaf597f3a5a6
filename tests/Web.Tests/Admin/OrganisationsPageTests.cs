using Bunit;
using Samverkan.Host.Components.Admin;

namespace Samverkan.Web.Tests.Admin;

/// <summary>/admin/organisationer: the parties of the file with their groups; an administrator adds and changes them.</summary>
public sealed class OrganisationsPageTests : AdminPageTest
{
    [Fact]
    public void Lists_TheFilesParties_WithTheNamesOfTheirGroups()
    {
        var page = Render<OrganisationsPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=organisation-row]")));
        var habo = page.Find("[data-testid=organisation-row][data-id=kommun-habo]").TextContent;
        Assert.Contains("Habo kommun", habo);
        Assert.Contains("SIP-samordnare", habo);
        Assert.Contains("Strategigrupp psykiatri och missbruk", habo);
        Assert.Contains("Polismyndigheten", page.Find("[data-testid=organisation-list]").TextContent);
        Assert.Contains("sip-samordnare", page.Find("[data-testid=group-list]").TextContent);
    }

    [Fact]
    public async Task NewOrganisation_WithABadIdAndNoName_SaysWhatInSwedish_ThenSavedWithItsGroup()
    {
        var page = Render<OrganisationsPage>();
        page.WaitForAssertion(() => page.Find("button:contains('Ny organisation')").Click());

        Field(page, "Id").Change("Skolan i Habo");
        page.Find("button:contains('Spara organisationen')").Click();

        page.WaitForAssertion(() => Assert.Contains("Ange organisationens id med små bokstäver", page.Markup));
        Assert.Contains("Ange ett namn", page.Markup);
        Assert.DoesNotContain(await Organisations.ListAsync(CancellationToken.None), o => o.Name == "");

        Field(page, "Id").Change("skola-habo");
        Field(page, "Namn").Change("Habo skolor");
        CheckBox(page, "[data-testid=organisation-form]", "SIP-samordnare").Change(true);
        page.Find("button:contains('Spara organisationen')").Click();

        page.WaitForAssertion(() => Assert.Contains("Organisationen Habo skolor är sparad.", page.Find("[data-testid=admin-saved]").TextContent));
        Assert.Contains("SIP-samordnare", page.Find("[data-testid=organisation-row][data-id=skola-habo]").TextContent);
        var saved = Assert.Single(await Organisations.ListAsync(CancellationToken.None), o => o.Id == "skola-habo");
        Assert.Equal(["sip-samordnare"], saved.Groups);
    }

    [Fact]
    public async Task ChangeAnOrganisation_UnticksAGroup_ItIsGoneFromTheOrganisation()
    {
        var page = Render<OrganisationsPage>();
        page.WaitForAssertion(() => page.Find("button[aria-label='Ändra Habo kommun']").Click());

        CheckBox(page, "[data-testid=organisation-form]", "FACT-teamet").Change(false);
        page.Find("button:contains('Spara organisationen')").Click();

        page.WaitForAssertion(() => Assert.DoesNotContain("FACT-teamet", page.Find("[data-testid=organisation-row][data-id=kommun-habo]").TextContent));
        var habo = Assert.Single(await Organisations.ListAsync(CancellationToken.None), o => o.Id == "kommun-habo");
        Assert.DoesNotContain("fact-team", habo.Groups);
        Assert.Contains("sip-samordnare", habo.Groups);
    }

    [Fact]
    public async Task NewGroup_TakenId_IsRefused_ThenANewOneIsListed()
    {
        var page = Render<OrganisationsPage>();
        page.WaitForAssertion(() => page.Find("button:contains('Ny grupp')").Click());

        Field(page, "Gruppens id").Change("sip-samordnare");
        Field(page, "Gruppens namn").Change("Dubblett");
        page.Find("button:contains('Spara gruppen')").Click();
        page.WaitForAssertion(() => Assert.Contains("Det finns redan en grupp med id sip-samordnare.", page.Markup));

        Field(page, "Gruppens id").Change("elevhalsa");
        Field(page, "Gruppens namn").Change("Elevhälsan");
        page.Find("button:contains('Spara gruppen')").Click();

        page.WaitForAssertion(() => Assert.Contains("Elevhälsan", page.Find("[data-testid=group-row][data-id=elevhalsa]").TextContent));
        Assert.Equal("SIP-samordnare", Assert.Single(await Organisations.ListGroupsAsync(CancellationToken.None), g => g.Id == "sip-samordnare").Name);
    }
}
