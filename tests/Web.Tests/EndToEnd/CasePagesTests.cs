using System.Text.Json;
using Microsoft.Playwright;
using Samverkan.Host.Security.Accounts;
using Samverkan.Testing;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

/// <summary>
/// The case pages in the browser: a region handläggare opens a kommun SIP case, reads the individual under the consent
/// that names region-b (the read in the access log), withdraws it and sees the page de-identify at once (the SIP's
/// samordnare get a notice linking to the case); a chef narrows
/// the organisation's cases to the overdue ones. Both pages pass axe-core's WCAG 2.1 A/AA checks.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class CasePagesTests(BrowserFixture fixture)
{
    private const string Name = "Tove Tolvansson";

    [Fact]
    public async Task Handlaggare_OpensASipCaseWithConsent_SeesTheIndividual_WithdrawsAndThePageDeIdentifies()
    {
        var personnummer = EngineApi.NewPersonnummer();
        string caseId;
        using (var api = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Handlaggare))
        {
            caseId = await CaseAsync(api, personnummer, "SIP inför utskrivning");
            await api.PostAsync($"/api/cases/{caseId}/consents", new
            {
                recipients = new[] { DemoUsers.HandlaggareRegion.Organisation },
                categories = new[] { "SIP" },
                validTo = DateTimeOffset.UtcNow.AddYears(1),
                givenBy = "Self",
            });
            await SipWithConsentAsync(api, caseId);
        }

        var page = await fixture.SignInAsync(DemoUsers.HandlaggareRegion, bypassCsp: true);
        await OpenAsync(page, $"/arenden/{caseId}");

        await Assertions.Expect(page.GetByTestId("case-person")).ToContainTextAsync($"{Name}, {personnummer}");
        await Assertions.Expect(page.GetByTestId("case-processes")).ToContainTextAsync("Förbered SIP-möte och kalla");
        await Assertions.Expect(page.GetByTestId("case-tasks")).ToContainTextAsync("Förbered SIP-möte och kalla");
        await AccessibilityTests.AssertNoViolationsAsync(page, "/arenden/{id}");
        await BrowserFixture.ScreenshotAsync(page, "16-arende-identifierat");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Återkalla samtycket för {DemoUsers.HandlaggareRegion.Organisation}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bekräfta återkallelse" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("case-person")).ToContainTextAsync("Avidentifierad (AV-");
        await Assertions.Expect(page.GetByTestId("consent-row")).ToContainTextAsync("Återkallat");
        var html = await page.ContentAsync();
        Assert.DoesNotContain(Name, html);
        Assert.DoesNotContain(personnummer, html);
        var reads = await AuditAsync(caseId);
        Assert.Contains(reads, e => e.GetProperty("organisations").GetString() == DemoUsers.HandlaggareRegion.Organisation
            && e.GetProperty("action").GetString() == "Read"
            && e.GetProperty("detail").GetString() == $"case read (through {DemoUsers.HandlaggareRegion.Organisation})");
        Assert.Contains(reads, e => e.GetProperty("action").GetString() == "ConsentWithdrawn");

        // The SIP's samordnare are told; what changed is the case, so the notice links to the case, not to a task.
        var coordinator = await fixture.SignInAsync(DemoUsers.Handlaggare);
        await Eventually.UntilAsync(async () =>
        {
            await coordinator.GotoAsync("/notiser");
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Notiser");
            return await coordinator.Locator($"[data-testid=notification-case][href='/arenden/{caseId}']").CountAsync() > 0;
        }, TimeSpan.FromSeconds(20), "a withdrawal notice linking to the case");
    }

    [Fact]
    public async Task Chef_FollowsTheOrganisationsOverdueCases()
    {
        string late, onTime;
        using (var api = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Handlaggare))
        {
            late = await CaseAsync(api, EngineApi.NewPersonnummer(), "Kallelse efter utskrivning");
            onTime = await CaseAsync(api, EngineApi.NewPersonnummer(), "Ny SIP");
            await OverdueSipAsync(api, late);
        }
        var page = await fixture.SignInAsync(DemoUsers.Chef);
        await OpenAsync(page, "/arenden");
        var table = page.GetByTestId("case-table");
        var lateReference = await ReferenceAsync(late);
        var onTimeReference = await ReferenceAsync(onTime);
        await Assertions.Expect(table).ToContainTextAsync(onTimeReference);

        await page.GetByTestId("filter-overdue").ClickAsync();

        var row = table.GetByRole(AriaRole.Row).Filter(new() { HasText = lateReference });
        await Assertions.Expect(row).ToContainTextAsync("1 försenade");
        await Assertions.Expect(table).Not.ToContainTextAsync(onTimeReference);
        Assert.DoesNotContain(Name, await page.ContentAsync());
        await BrowserFixture.ScreenshotAsync(page, "17-arenden-forsenade");
        await row.GetByRole(AriaRole.Link, new() { Name = lateReference }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Ärende {lateReference}");
        await Assertions.Expect(page.GetByTestId("case-tasks")).ToContainTextAsync("Försenad");
    }

    [Fact]
    public async Task Handlaggare_ReadsTheSipPlan_AndDownloadsTheIndividualsCopy()
    {
        string caseId;
        using (var api = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Handlaggare))
        {
            caseId = await CaseAsync(api, EngineApi.NewPersonnummer(), "SIP med plan");
            await PlannedSipAsync(api, caseId);
        }
        var page = await fixture.SignInAsync(DemoUsers.Handlaggare, bypassCsp: true);

        await Eventually.UntilAsync(async () =>
        {
            await OpenAsync(page, $"/arenden/{caseId}");
            return await page.GetByTestId("plan").CountAsync() > 0;
        }, TimeSpan.FromSeconds(20), "the plan on the case page");

        await Assertions.Expect(page.GetByTestId("plan-interventions")).ToContainTextAsync("Läkemedelsgenomgång");
        await Assertions.Expect(page.GetByTestId("plan-notes")).ToContainTextAsync("Intern anteckning från mötet.");
        await AccessibilityTests.AssertNoViolationsAsync(page, "/arenden/{id} with a plan");
        await BrowserFixture.ScreenshotAsync(page, "18-arende-sip-plan");
        var href = await page.GetByTestId("plan-pdf-individual").GetAttributeAsync("href");
        var pdf = await page.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));
        var ics = await page.Context.APIRequest.GetAsync((await page.GetByTestId("plan-ics").GetAttributeAsync("href"))!);
        Assert.Contains("BEGIN:VEVENT", await ics.TextAsync());
    }

    private static async Task<string> CaseAsync(EngineApi api, string personnummer, string title) =>
        (await api.PostAsync("/api/cases", new
        {
            organisations = new[] { DemoUsers.Handlaggare.Organisation, DemoUsers.HandlaggareRegion.Organisation },
            title,
            person = new { personnummer, name = Name },
        })).GetProperty("id").GetString()!;

    /// <summary>A SIP after a discharge notice long ago: its meeting had to be prepared within days, so that task is overdue.</summary>
    private static Task<string> OverdueSipAsync(EngineApi api, string caseId) => SipWithConsentAsync(api, caseId, "2026-01-05T10:00:00+01:00");

    /// <summary>A SIP of the case whose consent is recorded: the meeting is to be prepared next.</summary>
    private static async Task<string> SipWithConsentAsync(EngineApi api, string caseId, string? utskrivningsklarAt = null)
    {
        var sip = (await api.PostAsync("/api/definitions/sip/instances", new
        {
            businessKey = caseId,
            variables = new { needDescription = "Behöver samordnade insatser.", reportedBy = DemoUsers.Handlaggare.Email },
        })).GetProperty("id").GetString()!;
        await CompleteOnlyTaskAsync(api, sip, new
        {
            raisedBy = "halsoOchSjukvard", deidentified = false, needsKommun = true, needsRegion = true, utskrivningsklarAt,
        });
        await CompleteOnlyTaskAsync(api, sip, new
        {
            consentData = "Uppgifter om pågående insatser",
            consentValidUntil = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd"),
            dateOfBirth = "1980-05-01",
            consentByGuardian = false,
            consentRecipients = new[]
            {
                new { organisationType = "kommun", organisation = "Socialtjänsten", group = "sip-samordnare" },
                new { organisationType = "region", organisation = "Psykiatrin", group = "sip-samordnare" },
            },
        });
        return sip;
    }

    /// <summary>A SIP of the case with its plan established (the meeting held, every kallelse answered).</summary>
    private static async Task PlannedSipAsync(EngineApi api, string caseId)
    {
        var sip = await SipWithConsentAsync(api, caseId);
        var start = DateTime.UtcNow.AddDays(7).Date.AddHours(9);
        await CompleteOnlyTaskAsync(api, sip, new
        {
            purpose = "Samordna insatserna",
            meetingStart = start.ToString("yyyy-MM-ddTHH:mm"),
            meetingEnd = start.AddHours(1).ToString("yyyy-MM-ddTHH:mm"),
            meetingLocation = "Stadshuset",
        });
        // The calendar invitation is sent by a job first; the kallelser (one per huvudman) follow it.
        var kallelser = await WaitForTasksAsync(api, sip, "Kallelse till SIP-möte", 2);
        foreach (var kallelse in kallelser)
        {
            await api.PostNoContentAsync($"/api/tasks/{kallelse}/complete", new { variables = new { } });
        }
        await WaitForTasksAsync(api, sip, "Genomför SIP-möte", 1);
        await CompleteOnlyTaskAsync(api, sip, new { meetingHeld = true, meetingNotes = "Intern anteckning från mötet." });
        await CompleteOnlyTaskAsync(api, sip, new
        {
            leadHuvudman = "kommun",
            followUpDate = DateTime.UtcNow.AddMonths(3).ToString("yyyy-MM-dd"),
            interventions = new[] { new { description = "Boendestöd", huvudman = "kommun" }, new { description = "Läkemedelsgenomgång", huvudman = "region" } },
            otherActions = Array.Empty<object>(),
        });
    }

    private static Task<List<string>> WaitForTasksAsync(EngineApi api, string instanceId, string name, int count) =>
        Eventually.UntilAsync(
            async () => (await api.GetAsync($"/api/tasks?instanceId={instanceId}")).GetProperty("items").EnumerateArray()
                .Where(t => t.GetProperty("name").GetString() == name).Select(t => t.GetProperty("id").GetString()!).ToList(),
            ids => ids.Count == count, TimeSpan.FromSeconds(20), ids => $"{count} open tasks \"{name}\"; there are {ids.Count}");

    private static async Task CompleteOnlyTaskAsync(EngineApi api, string instanceId, object variables)
    {
        var task = (await api.GetAsync($"/api/tasks?instanceId={instanceId}")).GetProperty("items")[0].GetProperty("id").GetString()!;
        await api.PostNoContentAsync($"/api/tasks/{task}/complete", new { variables });
    }

    private async Task<string> ReferenceAsync(string caseId)
    {
        using var api = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Handlaggare);
        return (await api.GetAsync($"/api/cases/{caseId}")).GetProperty("reference").GetString()!;
    }

    private async Task<IReadOnlyList<JsonElement>> AuditAsync(string caseId)
    {
        using var api = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Granskare);
        return (await api.GetAsync($"/api/audit?caseId={caseId}&pageSize=200")).GetProperty("items").EnumerateArray().ToList();
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.GetByTestId("page-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }
}
