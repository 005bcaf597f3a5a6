using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;
using Samverkan.Host.Components.Designer;
using Samverkan.Host.Security.Accounts;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class DesignerTests(BrowserFixture fixture)
{
    private const string Timer = "reminderTimer";

    [Fact]
    public async Task Designer_ChangesATimerInTheModeler_AndDeploysANewVersion()
    {
        // A process of its own, so that no other test sees its versions.
        var key = UniqueKey("timer");
        using var api = await ApiAsync(DemoUsers.Designer);
        await DeployAsync(api, ProcessTemplates.TaskWithReminder.Create(key, "Påminnelsetest"));
        using var worker = await ApiAsync(DemoUsers.Handlaggare);
        using var started = await worker.PostAsJsonAsync($"/api/definitions/{key}/instances/", new { businessKey = key });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var page = await fixture.SignInAsync(DemoUsers.Designer);

        await page.GotoAsync("/processer");
        var row = page.Locator($"[data-testid=process][data-key='{key}']");
        await Assertions.Expect(row.Locator("[data-testid=version-row]")).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Påminnelsetest");
        await Assertions.Expect(row.Locator("[data-testid=version-row][data-version='1'] [data-testid=running]")).ToHaveTextAsync("1");
        await BrowserFixture.ScreenshotAsync(page, "20-processer");

        await row.GetByRole(AriaRole.Link, new() { Name = "Öppna Påminnelsetest i modelleraren" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/processer/{key}", StringComparison.Ordinal));
        await page.Locator($"[data-element-id={Timer}]").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-element")).ToContainTextAsync(Timer);
        var value = await TimerValueAsync(page);
        await Assertions.Expect(value).ToHaveValueAsync("P1D");
        await value.FillAsync("P3D");
        await Assertions.Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "21-modeler");

        await page.GetByTestId("publish").ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith($"/processer/{key}/v/2", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("modeler-version")).ToContainTextAsync("version 2 av 2");
        await Assertions.Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
        var deployed = await api.GetStringAsync($"/api/definitions/{key}/xml?version=2");
        Assert.Contains(">P3D</bpmn:timeDuration>", deployed);
        Assert.Contains(">P1D</bpmn:timeDuration>", await api.GetStringAsync($"/api/definitions/{key}/xml?version=1"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-xml").ClickAsync());
        Assert.Equal($"{key}-v2.bpmn", download.SuggestedFilename);
        Assert.Contains(">P3D</bpmn:timeDuration>", await File.ReadAllTextAsync(await download.PathAsync()));

        await page.GotoAsync($"/processer/{key}/jamfor?fran=1&till=2");
        var changed = page.Locator($"[data-testid=compare-row][data-element={Timer}]");
        await Assertions.Expect(changed).ToHaveAttributeAsync("data-kind", "Changed");
        await Assertions.Expect(changed).ToContainTextAsync("Timer: varaktighet");
        await Assertions.Expect(changed).ToContainTextAsync("P1D → P3D");
        await Assertions.Expect(page.Locator("[data-testid=compare-row]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("new-diagram").Locator($"[data-element-id={Timer}]").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "23-jamfor-versioner");

        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Designer_ValidatesABrokenDiagram_AndSeesTheErrorOnItsElement_NothingIsDeployed()
    {
        var key = UniqueKey("trasig");
        var page = await fixture.SignInAsync(DemoUsers.Designer);
        await page.GotoAsync("/processer/ny");
        // The button is enabled once the page is interactive; what is typed before that would be lost.
        await Assertions.Expect(page.GetByTestId("create")).ToBeEnabledAsync();
        await page.GetByLabel("Uppgift med påminnelse").CheckAsync();
        await page.GetByLabel("Nyckel").FillAsync(key);
        await page.GetByLabel("Namn").FillAsync("Trasig process");
        await Assertions.Expect(page.GetByLabel("Uppgift med påminnelse")).ToBeCheckedAsync();
        await page.GetByTestId("create").ClickAsync();
        await Assertions.Expect(page.GetByTestId("modeler-title")).ToHaveTextAsync("Trasig process");

        await page.Locator($"[data-element-id={Timer}]").First.ClickAsync();
        await (await TimerValueAsync(page)).FillAsync("tre dagar");
        await page.GetByTestId("validate").ClickAsync();

        var problem = page.Locator($"[data-testid=problem][data-element={Timer}]");
        await Assertions.Expect(problem).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"g.sv-error[data-element-id={Timer}]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".sv-badge-error")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("validation-outcome")).ToContainTextAsync("1 fel");
        // Clicking the error selects its element.
        await page.Locator("[data-element-id=start]").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-element")).ToContainTextAsync("start");
        await problem.ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-element")).ToContainTextAsync(Timer);
        await BrowserFixture.ScreenshotAsync(page, "22-valideringsfel");

        await page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("validation-outcome")).ToContainTextAsync("Inte publicerad");
        using var api = await ApiAsync(DemoUsers.Designer);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/definitions/{key}")).StatusCode);

        AssertNoConsoleErrors();
    }

    private static string UniqueKey(string prefix) => $"e2e-{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The Camunda panel's timer value, its "Timer" group opened if it is closed.</summary>
    private static async Task<ILocator> TimerValueAsync(IPage page)
    {
        var value = page.Locator("#bio-properties-panel-timerEventDefinitionValue");
        if (!await value.IsVisibleAsync())
        {
            await page.Locator("[data-group-id=group-timer] .bio-properties-panel-group-header").ClickAsync();
        }
        await Assertions.Expect(value).ToBeVisibleAsync();
        return value;
    }

    /// <summary>A client holding the bearer token of a demo user, signed in through /api/account/login.</summary>
    private async Task<HttpClient> ApiAsync(DemoUser user)
    {
        var client = new HttpClient { BaseAddress = fixture.Host.Address };
        using var login = await client.PostAsJsonAsync("/api/account/login", new { email = user.Email, password = DemoUsers.Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task DeployAsync(HttpClient api, string xml)
    {
        using var response = await api.PostAsync("/api/definitions/?source=e2e", new StringContent(xml, Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private void AssertNoConsoleErrors()
    {
        var ours = fixture.ConsoleErrors.Where(e => e.Contains("/processer", StringComparison.Ordinal)).ToList();
        Assert.Empty(ours);
    }

    private sealed record TokenResponse(string AccessToken);
}
