using System.Net;
using Microsoft.Playwright;
using Samverkan.Host.Security.Accounts;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

/// <summary>The manager's reports at /rapporter: charts and tables from real process runs, each downloadable as CSV.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class ManagerReportsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Manager_SeesAPullOfTheRedThreadInTheReport_AndDownloadsItAsCsv()
    {
        using var api = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Handlaggare);
        var party = "skola";
        await api.PostAsync("/api/definitions/rodaSnoret/instances/", new
        {
            businessKey = $"rapport-{Guid.NewGuid():N}",
            variables = new { pulledBy = DemoUsers.Handlaggare.Email, party, individualHarmed = true, unreasonableBurden = true, sipAttempted = false },
        });

        var page = await fixture.SignInAsync(DemoUsers.Chef);
        await ManagerRulesTests.OpenAsync(page, "/rapporter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rapporter");
        var redThread = page.GetByTestId("report-red-thread");
        await Assertions.Expect(redThread.GetByRole(AriaRole.Row).Filter(new() { HasText = party })).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("report-escalations")).ToContainTextAsync("Handläggarnivå");
        await Assertions.Expect(page.GetByTestId("report-overdue")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("report-sip")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".mud-chart").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "34-rapporter");

        var link = redThread.GetByRole(AriaRole.Link, new() { Name = "Ladda ned CSV för Det röda snöret" });
        var href = await link.GetAttributeAsync("href");
        var csv = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, csv.Status);
        Assert.StartsWith("text/csv", csv.Headers["content-type"], StringComparison.Ordinal);
        var text = await csv.TextAsync();
        Assert.StartsWith("dragetVid,verksamhet,utfall", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(",skola,Till SIP,", text, StringComparison.Ordinal);

        // An empty period is a Swedish message, not an error page.
        await page.GetByLabel("Från").FillAsync("2026-12-31");
        await page.GetByLabel("Till").FillAsync("2026-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa rapporterna" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-error")).ToContainTextAsync("Från-datumet måste komma före");

        // A period without pulls says so, with no empty chart.
        await page.GetByLabel("Från").FillAsync("2020-01-01");
        await page.GetByLabel("Till").FillAsync("2020-01-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa rapporterna" }).ClickAsync();
        await Assertions.Expect(redThread).ToContainTextAsync("0 drag från 2020-01-01 till och med 2020-01-31.");
        await Assertions.Expect(redThread.Locator(".mud-chart")).ToHaveCountAsync(0);
        await Assertions.Expect(redThread.GetByTestId("red-thread-parties")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Overview_TellsTheChefWhereProblemsStand()
    {
        using var api = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Handlaggare);
        await api.PostAsync("/api/definitions/samverkansproblem/instances/", new
        {
            businessKey = $"oversikt-{Guid.NewGuid():N}",
            variables = new { raisedBy = DemoUsers.Handlaggare.Email, title = "Oklart ansvar för boendestöd", deidentified = true, writtenConsent = false },
        });

        var page = await fixture.SignInAsync(DemoUsers.Chef);
        await page.GotoAsync("/");

        await Assertions.Expect(page.GetByTestId("escalation-summary"))
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Öppna samverkansproblem per nivå: .*Handläggarnivå [1-9]\d*.*\.$"));
    }

    [Fact]
    public async Task Handlaggare_CannotDownloadAReport()
    {
        var page = await fixture.SignInAsync(DemoUsers.Handlaggare);

        var csv = await page.APIRequest.GetAsync("/rapporter/roda-snoret.csv", new() { MaxRedirects = 0 });

        Assert.NotEqual(200, csv.Status);
        Assert.DoesNotContain("dragetVid", await csv.TextAsync(), StringComparison.Ordinal);
        Assert.True(csv.Status is (int)HttpStatusCode.Forbidden or (int)HttpStatusCode.Redirect or (int)HttpStatusCode.Found, $"status {csv.Status}");
    }
}
