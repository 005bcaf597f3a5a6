using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samverkan.Host.Security.Accounts;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class InstanceViewerTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Admin_OpensAnInstance_SeesTheActiveTaskHistoryAndMaskedVariables_ThenCancelsIt()
    {
        var businessKey = $"avv-{Guid.NewGuid():N}"[..16];
        using (var api = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Handlaggare))
        {
            await api.StartDeviationAsync(businessKey, DemoUsers.Handlaggare.Email, new()
            {
                ["kontaktTelefon"] = "070-123 45 67",
                ["anteckning"] = "gäller 19121212-1212",
                ["category"] = "rutin",
            });
        }
        var page = await fixture.SignInAsync(DemoUsers.Admin);

        await page.GotoAsync("/instanser");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pågående processer");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Pågående");
        await BrowserFixture.ScreenshotAsync(page, "40-instanser");
        await page.GetByLabel("Affärsnyckel").FillAsync(businessKey);
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = businessKey });
        await Assertions.Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Assertions.Expect(row).ToContainTextAsync("Avvikelse i samverkan");
        await Assertions.Expect(row).ToContainTextAsync("Pågående");
        await row.GetByRole(AriaRole.Link, new() { Name = "Öppna" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/instanser/[0-9a-f-]{36}$"));

        // The diagram: the task the token waits at is highlighted with its count, the start event is muted.
        var task = page.Locator("[data-element-id=\"describeDeviation\"]").First;
        await Assertions.Expect(task).ToHaveClassAsync(new Regex(@"\bsv-active\b"));
        await Assertions.Expect(page.Locator("[data-element-id=\"deviationReported\"]").First).ToHaveClassAsync(new Regex(@"\bsv-completed\b"));
        await Assertions.Expect(page.Locator(".sv-badge-active")).ToContainTextAsync("1");
        // The history, oldest first, in Swedish.
        var timeline = page.GetByTestId("instance-timeline");
        await Assertions.Expect(timeline).ToContainTextAsync("Instansen startade");
        await Assertions.Expect(timeline).ToContainTextAsync("Steget påbörjades: Beskriv avvikelsen");
        // Variables: personal data masked, the rest shown.
        await Assertions.Expect(page.Locator("[data-variable=\"kontaktTelefon\"]")).ToContainTextAsync("●●● (dold)");
        await Assertions.Expect(page.Locator("[data-variable=\"anteckning\"]")).ToContainTextAsync("●●● (dold)");
        // An administrator sees the instance de-identified: a choice among the diagram's options stays, free text does not.
        await Assertions.Expect(page.Locator("[data-variable=\"category\"]")).ToContainTextAsync("rutin");
        await Assertions.Expect(page.GetByTestId("deidentified-note")).ToBeVisibleAsync();
        var html = await page.ContentAsync();
        Assert.DoesNotContain("070-123 45 67", html);
        Assert.DoesNotContain("19121212-1212", html);
        await BrowserFixture.ScreenshotAsync(page, "41-instans-diagram");

        // Cancelling asks for a reason first.
        await page.GetByRole(AriaRole.Button, new() { Name = "Avbryt instans" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Avbryt instansen" }).ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Skriv varför instansen avbryts.");
        await dialog.GetByLabel("Anledning").FillAsync("Dubbelregistrerad avvikelse");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Avbryt instansen" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("instance-status").First).ToHaveTextAsync("Avbruten");
        await Assertions.Expect(page.GetByTestId("end-reason")).ToContainTextAsync("Dubbelregistrerad avvikelse");
        await Assertions.Expect(timeline).ToContainTextAsync("Instansen avbröts");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Avbryt instans" })).ToHaveCountAsync(0);
        await Assertions.Expect(task).Not.ToHaveClassAsync(new Regex(@"\bsv-active\b"));

        // The list shows running instances unless asked for others.
        await page.GetByRole(AriaRole.Link, new() { Name = "Pågående processer" }).First.ClickAsync();
        await page.GetByLabel("Affärsnyckel").FillAsync(businessKey);
        await Assertions.Expect(page.GetByText("Inga instanser matchar filtret.")).ToBeVisibleAsync();
        await page.GetByTestId("filter-status").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Avbruten" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Avbruten");
        await page.GetByTestId("filter-process").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Tvist mellan huvudmän" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Inga instanser matchar filtret.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Designer_SeesAnIncidentOnTheDiagram_AndRetriesIt()
    {
        // Without a reporter the first task has no assignee: entering it becomes an incident.
        var businessKey = $"inc-{Guid.NewGuid():N}"[..16];
        string instanceId;
        using (var api = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Handlaggare))
        {
            var instance = await api.PostAsync("/api/definitions/avvikelse/instances", new { businessKey });
            instanceId = instance.GetProperty("id").GetString()!;
        }
        var page = await fixture.SignInAsync(DemoUsers.Designer);

        await page.GotoAsync($"/instanser/{instanceId}");

        await Assertions.Expect(page.Locator("[data-element-id=\"describeDeviation\"]").First).ToHaveClassAsync(new Regex(@"\bsv-incident\b"));
        await Assertions.Expect(page.Locator(".sv-badge-incident")).ToContainTextAsync("1");
        var incident = page.GetByTestId("incident");
        await Assertions.Expect(incident).ToContainTextAsync("Beskriv avvikelsen");
        await Assertions.Expect(page.GetByTestId("instance-timeline")).ToContainTextAsync("Incident uppstod");

        // The cause is not fixed, so the retry fails again: resolved, and a new incident in its place.
        await incident.GetByRole(AriaRole.Button, new() { Name = "Försök igen" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Steget körs igen.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("instance-timeline")).ToContainTextAsync("Incident löstes");
        await Assertions.Expect(page.GetByTestId("incident")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Handlaggare_CannotOpenTheInstanceViewer()
    {
        var page = await fixture.SignInAsync(DemoUsers.Handlaggare);

        await page.GotoAsync("/instanser");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Åtkomst nekad");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pågående processer" })).ToHaveCountAsync(0);
    }
}
