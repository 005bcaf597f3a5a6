using Bunit;
using Samverkan.Host.Components.Manager;

namespace Samverkan.Web.Tests.Manager;

public sealed class DryRunPanelTests : RulesComponentTest
{
    [Theory]
    [InlineData("2025-07-01", "Ett drag i det röda snöret den 2025-07-01 (v. 27 2025) skulle pausas")]
    [InlineData("2025-08-11", "Ett drag i det röda snöret den 2025-08-11 (v. 33 2025) skulle tas emot: Närvårdskontoret kallar parterna senast 2025-08-18 12:00.")]
    [InlineData("2026-11-23", "Ett drag i det röda snöret den 2026-11-23 (v. 48 2026) skulle tas emot: Närvårdskontoret kallar parterna senast 2026-11-30 10:00.")]
    public void DryRun_ADate_ShowsWhatTheRuleSetGivesForAPullThatDay(string date, string expected)
    {
        var panel = Render<DryRunPanel>();

        panel.WaitForAssertion(() => panel.Find(".mud-picker input"));
        panel.Find(".mud-picker input").Change(date);
        panel.Find("button:contains('Provkör')").Click();

        panel.WaitForAssertion(() => Assert.Contains(expected, panel.Find("[data-testid=dry-run-result]").TextContent));
        Assert.Contains("Regeluppsättning RedThreadPull version 1", panel.Markup);
    }

    [Fact]
    public void DryRun_NoSipAttempted_SaysThePullGoesToSip()
    {
        var panel = Render<DryRunPanel>();
        panel.WaitForAssertion(() => panel.Find(".mud-picker input"));

        panel.FindAll("input[type=checkbox]")[2].Change(false);
        panel.Find("button:contains('Provkör')").Click();

        panel.WaitForAssertion(() => Assert.Contains("skulle gå vidare som SIP", panel.Find("[data-testid=dry-run-result]").TextContent));
    }

    [Fact]
    public void DryRun_WithoutADate_AsksForOne()
    {
        var panel = Render<DryRunPanel>();
        panel.WaitForAssertion(() => panel.Find(".mud-picker input"));

        panel.Find(".mud-picker input").Change("");
        panel.Find("button:contains('Provkör')").Click();

        panel.WaitForAssertion(() => Assert.Contains("Ange ett datum (åååå-mm-dd).", panel.Markup));
        Assert.Empty(panel.FindAll("[data-testid=dry-run-result]"));
    }
}
