using Bunit;
using Samverkan.Host.Components.Manager;
using Samverkan.Host.Security;
using Samverkan.Rules.Helpers;

namespace Samverkan.Web.Tests.Manager;

public sealed class ParameterListTests : RulesComponentTest
{
    [Fact]
    public async Task Chef_ChangesADurationFromADate_TheHistorySaysWhoWhyAndFromWhen()
    {
        SignIn("chef-1", "kommun-a", Roles.Chef);
        var (user, who) = await CurrentUserAsync();
        var list = Render<ParameterList>(p => p.Add(c => c.User, user).Add(c => c.Who, who).Add(c => c.CanChange, true));

        list.WaitForAssertion(() => list.Find("button[aria-label='Ändra escalationHandlaggarniva']").Click());
        Field(list, "Nytt värde").Change("P21D");
        Field(list, "Skäl till ändringen").Change("Beslut i ledningsgruppen 2026-11-20");
        Field(list, "Gäller från (valfritt)").Change("2027-01-01");
        list.Find("button:contains('Spara ändringen')").Click();

        list.WaitForAssertion(() => Assert.Contains("Ändringen är sparad och gäller från 2027-01-01 00:00.", list.Markup));
        var history = list.Find("[data-testid=parameter-history]").TextContent;
        Assert.Contains("Beslut i ledningsgruppen 2026-11-20", history);
        Assert.Contains("21 dagar (P21D)", history);
        var newYear = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(1));
        Assert.Equal(Period.FromDays(14), await Parameters.GetValueAsync<Period>("escalationHandlaggarniva", newYear.AddMinutes(-1)));
        Assert.Equal(Period.FromDays(21), await Parameters.GetValueAsync<Period>("escalationHandlaggarniva", newYear));
    }

    [Fact]
    public async Task Chef_TypesANumberWhereDaysAreAsked_GetsASwedishErrorAndNothingChanges()
    {
        SignIn("chef-1", "kommun-a", Roles.Chef);
        var (user, who) = await CurrentUserAsync();
        var list = Render<ParameterList>(p => p.Add(c => c.User, user).Add(c => c.Who, who).Add(c => c.CanChange, true));

        list.WaitForAssertion(() => list.Find("button[aria-label='Ändra redThreadConveneWorkingDays']").Click());
        Field(list, "Nytt värde").Change("2,5");
        Field(list, "Skäl till ändringen").Change("Test");
        list.Find("button:contains('Spara ändringen')").Click();

        list.WaitForAssertion(() => Assert.Contains("Ange ett helt antal dagar, 0 eller mer.", list.Markup));
        Assert.Single(await Parameters.GetHistoryAsync("redThreadConveneWorkingDays"));
    }

    [Fact]
    public async Task Designer_SeesHistoryButNoChangeForm()
    {
        SignIn("designer-1", "narvardskontoret", Roles.Processdesigner);
        var (user, who) = await CurrentUserAsync();
        var list = Render<ParameterList>(p => p.Add(c => c.User, user).Add(c => c.Who, who).Add(c => c.CanChange, false));

        list.WaitForAssertion(() => list.Find("button[aria-label='Historik för escalationHandlaggarniva']").Click());

        list.WaitForAssertion(() => Assert.Contains("Startvärde från parameters.json", list.Find("[data-testid=parameter-history]").TextContent));
        Assert.Empty(list.FindAll("button:contains('Spara ändringen')"));
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<ParameterList> list, string label) =>
        list.Find($"#{list.Find($"label:contains('{label}')").GetAttribute("for")}");
}
