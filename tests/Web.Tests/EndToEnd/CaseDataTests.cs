using Microsoft.Playwright;
using Samverkan.Host.Security.Accounts;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

/// <summary>
/// A case's process data in the browser: a region-b handläggare opening a kommun-a SIP task sees its values masked
/// (the kommun-a handläggare who registered it sees them), and a personnummer typed into a task form of a
/// de-identified case, or into a start form, is refused on the field without anything being saved.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class CaseDataTests(BrowserFixture fixture)
{
    private const string Name = "Tolvan Tolvansson";

    [Fact]
    public async Task RegionHandlaggare_OpensAKommunSipTask_SeesTheCaseAndItsValuesMasked()
    {
        var personnummer = EngineApi.NewPersonnummer();
        var need = $"{Name} behöver hemtjänst och psykiatrisk uppföljning.";
        string taskId;
        using (var api = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Handlaggare))
        {
            var caseId = (await api.PostAsync("/api/cases", new
            {
                organisations = new[] { DemoUsers.Handlaggare.Organisation, DemoUsers.HandlaggareRegion.Organisation },
                person = new { personnummer, name = Name },
            })).GetProperty("id").GetString()!;
            var sip = await api.PostAsync("/api/definitions/sip/instances", new
            {
                businessKey = caseId,
                variables = new { needDescription = need, reportedBy = DemoUsers.Handlaggare.Email },
            });
            var tasks = await api.GetAsync($"/api/tasks?instanceId={sip.GetProperty("id").GetString()}");
            taskId = tasks.GetProperty("items")[0].GetProperty("id").GetString()!;
        }

        var region = await fixture.SignInAsync(DemoUsers.HandlaggareRegion);
        await OpenAsync(region, $"/inkorg/{taskId}");

        await Assertions.Expect(region.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bedöm behov av SIP");
        var facts = region.GetByTestId("case-facts");
        await Assertions.Expect(region.GetByTestId("case-person")).ToContainTextAsync("Avidentifierad (AV-");
        await Assertions.Expect(facts.GetByRole(AriaRole.Row).Filter(new() { HasText = "Beskrivning av behovet" })).ToContainTextAsync("●●● (dold)");
        var html = await region.ContentAsync();
        Assert.DoesNotContain(Name, html);
        Assert.DoesNotContain(personnummer, html);
        await BrowserFixture.ScreenshotAsync(region, "14-uppgift-avidentifierad");

        var kommun = await fixture.SignInAsync(DemoUsers.Handlaggare);
        await OpenAsync(kommun, $"/inkorg/{taskId}");
        await Assertions.Expect(kommun.GetByTestId("case-person")).ToContainTextAsync($"{Name}, {personnummer}");
        await Assertions.Expect(kommun.GetByTestId("case-facts").GetByRole(AriaRole.Row).Filter(new() { HasText = "Beskrivning av behovet" }))
            .ToContainTextAsync(need);
    }

    [Fact]
    public async Task TaskFormOfADeIdentifiedCase_PersonnummerInAField_IsRefusedOnTheFieldAndTheTaskStaysOpen()
    {
        string taskId;
        using (var api = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Handlaggare))
        {
            var caseId = (await api.PostAsync("/api/cases", new
            {
                organisations = new[] { DemoUsers.Handlaggare.Organisation },
                title = "SIP utan personuppgifter",
            })).GetProperty("id").GetString()!;
            var sip = (await api.PostAsync("/api/definitions/sip/instances", new
            {
                businessKey = caseId,
                variables = new { needDescription = "Behöver insatser från kommunen.", reportedBy = DemoUsers.Handlaggare.Email },
            })).GetProperty("id").GetString()!;
            var assess = (await api.GetAsync($"/api/tasks?instanceId={sip}")).GetProperty("items")[0].GetProperty("id").GetString()!;
            await api.PostNoContentAsync($"/api/tasks/{assess}/complete", new
            {
                variables = new { raisedBy = "skola", deidentified = true, needsKommun = true, needsRegion = false },
            });
            taskId = (await api.GetAsync($"/api/tasks?instanceId={sip}")).GetProperty("items")[0].GetProperty("id").GetString()!;
        }
        var page = await fixture.SignInAsync(DemoUsers.Handlaggare);
        await OpenAsync(page, $"/inkorg/{taskId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dokumentera skäl till att SIP inte upprättas");

        var personnummer = EngineApi.NewPersonnummer();
        await page.GetByTestId("field-refusalReason").Locator("textarea, input").First.FillAsync($"Gäller {personnummer}, som inte vill ha en SIP.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Slutför" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("field-refusalReason")).ToContainTextAsync("ser ut som ett personnummer");
        await Assertions.Expect(page.GetByTestId("task-message")).ToContainTextAsync("Uppgiften kunde inte slutföras");
        await BrowserFixture.ScreenshotAsync(page, "15-uppgift-personnummer-nekat");
        await OpenAsync(page, $"/inkorg/{taskId}");
        await Assertions.Expect(page.GetByTestId("task-status")).Not.ToContainTextAsync("Slutförd");
    }

    [Fact]
    public async Task StartForm_PersonnummerInTheNeed_IsRefusedOnTheFieldAndNothingIsStarted()
    {
        var page = await fixture.SignInAsync(DemoUsers.Handlaggare);
        await OpenAsync(page, "/starta");

        await page.GetByTestId("sip-need").Locator("textarea").First.FillAsync($"{Name}, {EngineApi.NewPersonnummer()}, behöver en samordnad plan.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmäl behov av SIP" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("sip-need")).ToContainTextAsync("Skriv inga personnummer");
        await Assertions.Expect(page.GetByTestId("start-result")).ToHaveCountAsync(0);
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.GetByTestId("page-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }
}
