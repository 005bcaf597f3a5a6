using Microsoft.Playwright;
using Samverkan.Host.Security.Accounts;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class AccessLogPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Auditor_SeesTheHandlaggaresReadsOfACase_AndTheCsvExportHasThem()
    {
        string caseId;
        string personId;
        var handlaggare = DemoUsers.Handlaggare;
        using (var api = await EngineApi.SignInAsync(fixture.Host, handlaggare))
        {
            var created = await api.PostAsync("/api/cases", new
            {
                organisations = new[] { handlaggare.Organisation },
                title = "Samordning inför utskrivning",
                person = new { personnummer = EngineApi.NewPersonnummer(), name = "Tolvan Tolvansson" },
            });
            caseId = created.GetProperty("id").GetString()!;
            await api.PostAsync($"/api/cases/{caseId}/consents", new
            {
                recipients = new[] { handlaggare.Organisation },
                categories = new[] { "SIP" },
                validTo = DateTimeOffset.UtcNow.AddYears(1),
                givenBy = "Self",
            });
            await api.GetAsync($"/api/cases/{caseId}");
            personId = (await api.GetAsync($"/api/cases/{caseId}")).GetProperty("person").GetProperty("id").GetString()!;
        }
        var page = await fixture.SignInAsync(DemoUsers.Granskare);

        await page.GotoAsync("/logg");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Åtkomstlogg");
        await page.GetByLabel("Ärende (id)").FillAsync("inte-ett-id");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Ange ärendets interna id")).ToBeVisibleAsync();

        await page.GetByLabel("Ärende (id)").FillAsync(caseId);
        await page.GetByLabel("Användare").FillAsync(handlaggare.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();

        var reads = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Läsning" });
        await Assertions.Expect(reads).ToHaveCountAsync(2);
        await Assertions.Expect(reads.First).ToContainTextAsync(handlaggare.Email);
        await Assertions.Expect(reads.First).ToContainTextAsync(handlaggare.Organisation);
        await Assertions.Expect(reads.First).ToContainTextAsync("handläggare");
        await Assertions.Expect(reads.First).ToContainTextAsync(personId);
        await Assertions.Expect(reads.First.GetByTestId("entry-why")).ToContainTextAsync(caseId);
        await Assertions.Expect(reads.First.GetByTestId("entry-why")).ToContainTextAsync($"ärendet lästes (via {handlaggare.Organisation})");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Registrering" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Samtycke lämnat" })).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "42-atkomstlogg");

        // The export link carries the same filter; the browser's sign-in cookie is enough for /api.
        var href = await page.GetByTestId("export-csv").GetAttributeAsync("href");
        Assert.Contains($"caseId={caseId}", href);
        var csv = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, csv.Status);
        Assert.StartsWith("text/csv", csv.Headers["content-type"]);
        var lines = (await csv.TextAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var csvReads = lines.Where(l => l.Contains($",{handlaggare.Email},", StringComparison.Ordinal) && l.Contains(",Read,", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, csvReads.Count);
        Assert.All(csvReads, l => Assert.Contains(caseId, l));

        // Both the page and the export are in the log as the auditor's reads.
        await page.GetByRole(AriaRole.Button, new() { Name = "Rensa" }).ClickAsync();
        await page.GetByLabel("Användare").FillAsync(DemoUsers.Granskare.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"CSV-export: user={handlaggare.Email} caseId={caseId}" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"sida 1: user={handlaggare.Email} caseId={caseId}" }).First).ToBeVisibleAsync();
    }
}
