using Bunit;
using Samverkan.Host.Cases;
using Samverkan.Host.Components.Cases;
using Samverkan.Host.Security;

namespace Samverkan.Web.Tests.Cases;

/// <summary>The case page on the service in memory: identified exactly as the case API decides, every identified read logged, a withdrawal de-identifying at once.</summary>
public sealed class CasePageTests() : CaseComponentTest(typeof(CaseFileLoader), typeof(ConsentService))
{
    [Fact]
    public async Task CasePage_ConsentNamesTheReadersOrganisation_ShowsTheIndividualAndLogsTheRead()
    {
        var view = await World.CaseAsync();
        await World.ConsentAsync(view.Case.Id, "region-b");
        SignIn("rut", "region-b", Roles.Handlaggare);

        var page = Render<CasePage>(p => p.Add(x => x.Id, view.Case.Id));

        page.WaitForAssertion(() => Assert.Contains(CaseWorld.Name, page.Find("[data-testid=case-person]").TextContent));
        var reads = await World.ReadsAsync(view.Case.Id, "rut");
        Assert.Contains(reads, e => e.Detail == "case read (through region-b)" && e.PersonId == view.Case.PersonId);
        Assert.Contains("Gäller", page.Find("[data-testid=consent-row]").TextContent);
    }

    [Fact]
    public async Task CasePage_WithoutConsent_IsDeIdentifiedAndLogsNoIdentifiedRead()
    {
        var view = await World.CaseAsync();
        SignIn("rut", "region-b", Roles.Handlaggare);

        var page = Render<CasePage>(p => p.Add(x => x.Id, view.Case.Id));

        page.WaitForAssertion(() => Assert.Contains($"Avidentifierad ({view.Case.Reference})", page.Find("[data-testid=case-person]").TextContent));
        Assert.DoesNotContain(CaseWorld.Name, page.Markup);
        Assert.DoesNotContain(await World.ReadsAsync(view.Case.Id, "rut"), e => e.Detail!.StartsWith("case read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Withdraw_TheConsentNamingTheReader_PageDeIdentifiesAtOnce()
    {
        var view = await World.CaseAsync();
        await World.ConsentAsync(view.Case.Id, "region-b");
        SignIn("rut", "region-b", Roles.Handlaggare);
        var page = Render<CasePage>(p => p.Add(x => x.Id, view.Case.Id));
        page.WaitForAssertion(() => Assert.Contains(CaseWorld.Name, page.Find("[data-testid=case-person]").TextContent));

        page.FindAll("button").Single(b => b.TextContent.Trim() == "Återkalla").Click();
        page.FindAll("button").Single(b => b.TextContent.Contains("Bekräfta återkallelse")).Click();

        page.WaitForAssertion(() => Assert.Contains("Avidentifierad", page.Find("[data-testid=case-person]").TextContent));
        Assert.DoesNotContain(CaseWorld.Name, page.Markup);
        Assert.Contains("Återkallat", page.Find("[data-testid=consent-row]").TextContent);
        Assert.Contains("återkallades", page.Find("[data-testid=case-timeline]").TextContent);
    }

    [Fact]
    public async Task CasePage_ShowsTheProcessItsOpenTaskAndTheParticipantsAnswer()
    {
        var view = await World.CaseAsync();
        await World.StartAsync(view.Case.Id, World.Clock.GetUtcNow().AddDays(-1));
        SignIn("kim", "kommun-a", Roles.Handlaggare);

        var page = Render<CasePage>(p => p.Add(x => x.Id, view.Case.Id));

        page.WaitForAssertion(() => Assert.Contains("Provprocess", page.Find("[data-testid=case-processes]").TextContent));
        Assert.Contains("Kallelse till möte", page.Find("[data-testid=case-processes]").TextContent);
        var task = page.Find("[data-testid=case-tasks]").TextContent;
        Assert.Contains("Ej tagen – region-b", task);
        Assert.Contains("Försenad", task);
        Assert.Contains("Väntar på svar", page.Find("[data-testid=case-participants]").TextContent);
        Assert.Contains("Provprocess: Uppgiften ”Kallelse till möte” skapades", page.Find("[data-testid=case-timeline]").TextContent);
    }

    [Fact]
    public async Task CasePage_SipWithAPlan_ShowsThePlanWithItsDownloads()
    {
        var view = await World.CaseAsync();
        await World.PlanAsync(view.Case.Id);
        SignIn("kim", "kommun-a", Roles.Handlaggare);

        var page = Render<CasePage>(p => p.Add(x => x.Id, view.Case.Id));

        page.WaitForAssertion(() => Assert.Contains("Boendestöd", page.Find("[data-testid=plan-interventions]").TextContent));
        Assert.Contains("Kommunen", page.Find("[data-testid=plan-lead]").TextContent);
        Assert.Equal("2026-06-01", page.Find("[data-testid=plan-follow-up]").TextContent);
        Assert.Contains("Intern anteckning från mötet", page.Find("[data-testid=plan-notes]").TextContent);
        Assert.Equal($"/arenden/{view.Case.Id}/plan.pdf?version=1&copy=individual", page.Find("[data-testid=plan-pdf-individual]").GetAttribute("href"));
        Assert.Equal($"/arenden/{view.Case.Id}/plan.ics", page.Find("[data-testid=plan-ics]").GetAttribute("href"));
        Assert.Contains("SIP-planen version 1: planen upprättades", page.Find("[data-testid=case-timeline]").TextContent);
    }

    [Fact]
    public async Task CasePage_SipPlanForAReaderWithoutConsent_IsNotShown()
    {
        var view = await World.CaseAsync();
        await World.PlanAsync(view.Case.Id);
        SignIn("rut", "region-b", Roles.Handlaggare);

        var page = Render<CasePage>(p => p.Add(x => x.Id, view.Case.Id));

        page.WaitForAssertion(() => Assert.Contains("Planen visas bara där individen får visas", page.Find("[data-testid=plan-hidden]").TextContent));
        Assert.DoesNotContain("Boendestöd", page.Markup);
        Assert.DoesNotContain("Intern anteckning", page.Markup);
    }

    [Fact]
    public async Task CasePage_OrganisationTakesNoPart_SaysSoAndShowsNothing()
    {
        var view = await World.CaseAsync("Hemligt ärende");
        SignIn("olle", "polis-c", Roles.Handlaggare);

        var page = Render<CasePage>(p => p.Add(x => x.Id, view.Case.Id));

        page.WaitForAssertion(() => Assert.Contains("deltar inte i ärendet", page.Find("[data-testid=case-message]").TextContent));
        Assert.DoesNotContain("Hemligt ärende", page.Markup);
    }

    [Fact]
    public void CasePage_UnknownCase_SaysItDoesNotExist()
    {
        SignIn("kim", "kommun-a", Roles.Handlaggare);

        var page = Render<CasePage>(p => p.Add(x => x.Id, Guid.NewGuid()));

        page.WaitForAssertion(() => Assert.Contains("Ärendet finns inte", page.Find("[data-testid=case-message]").TextContent));
    }
}
