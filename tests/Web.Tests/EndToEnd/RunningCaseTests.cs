using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samverkan.Host.Security.Accounts;
using Samverkan.Testing;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

/// <summary>
/// Running cases across versions in the browser: a designer moves running instances to a version that renamed their step
/// (mapping, check, run, result), and an administrator suspends, resumes and moves a token and changes a variable on the
/// instance page. Each test works on its own copy of the FACT process, under a key of its own.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class RunningCaseTests(BrowserFixture fixture)
{
    private static string Fact(string key, bool renamed = false)
    {
        var xml = File.ReadAllText(Path.Combine(Repository.Workflows, "fact.bpmn")).Replace("\"fact\"", $"\"{key}\"");
        return renamed
            ? xml.Replace("describeNeed", "describeReferral").Replace("Fyll i underlag för FACT-bedömning", "Fyll i remissunderlag för FACT")
            : xml;
    }

    private static string NewKey(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..14];

    private async Task<List<string>> StartAsync(string key, int count)
    {
        using var api = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Handlaggare);
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var started = await api.PostAsync($"/api/definitions/{key}/instances",
                new { businessKey = $"{key}-{i}", variables = new Dictionary<string, object?> { ["referrer"] = DemoUsers.Handlaggare.Email } });
            ids.Add(started.GetProperty("id").GetString()!);
        }
        return ids;
    }

    [Fact]
    public async Task Designer_MovesRunningCasesToAVersionThatRenamedTheirStep()
    {
        var key = NewKey("flytt");
        using (var designer = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Designer))
        {
            await designer.DeployAsync(Fact(key));
        }
        var ids = await StartAsync(key, 2);
        using (var designer = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Designer))
        {
            await designer.DeployAsync(Fact(key, renamed: true));
        }
        var page = await fixture.SignInAsync(DemoUsers.Designer, bypassCsp: true);

        await page.GotoAsync($"/processer/{key}");
        await page.GetByTestId("migrate-link").ClickAsync();
        await page.WaitForURLAsync(new Regex($"/processer/{key}/flytta$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Flytta pågående ärenden");

        // The step the cases stand at has no place in version 2: red on the left, and the check says why in Swedish.
        var row = page.GetByTestId("mapping-row");
        await Assertions.Expect(row).ToContainTextAsync("Fyll i underlag för FACT-bedömning");
        await Assertions.Expect(row).ToContainTextAsync("2");
        await Assertions.Expect(page.GetByTestId("migrate-from-diagram").Locator("[data-element-id=\"describeNeed\"]").First).ToHaveClassAsync(new Regex(@"\bsv-incident\b"));
        await page.GetByTestId("migrate-check").ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-summary")).ToContainTextAsync("0 av 2 ärenden kan flyttas");
        await Assertions.Expect(page.GetByTestId("report-problem").First).ToContainTextAsync("som inte finns i version 2");
        await BrowserFixture.ScreenshotAsync(page, "60-flytta-ej-kopplat");

        // Mapped by hand to the renamed step: both diagrams show it, and both cases can move.
        await row.GetByTestId("mapping-select").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Fyll i remissunderlag för FACT" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("migrate-to-diagram").Locator("[data-element-id=\"describeReferral\"]").First).ToHaveClassAsync(new Regex(@"\bsv-active\b"));
        await page.GetByTestId("migrate-check").ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-summary")).ToContainTextAsync("2 av 2 ärenden kan flyttas");
        await BrowserFixture.ScreenshotAsync(page, "61-flytta-kontroll");
        await AccessibilityTests.AssertNoViolationsAsync(page, $"/processer/{key}/flytta");
        await page.GetByTestId("migrate-run").ClickAsync();

        await Assertions.Expect(page.GetByTestId("batch-result")).ToContainTextAsync("2 ärenden går nu på version 2", new() { Timeout = 30_000 });
        await BrowserFixture.ScreenshotAsync(page, "62-flytta-klar");
        using var api = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Admin);
        foreach (var id in ids)
        {
            var instance = await api.GetAsync($"/api/instances/{id}");
            Assert.Equal(2, instance.GetProperty("definitionVersion").GetInt32());
            Assert.Equal(["describeReferral"], instance.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        }
    }

    [Fact]
    public async Task Admin_SuspendsResumesMovesTheTokenOnTheDiagramAndChangesAVariable()
    {
        var key = NewKey("drift");
        using (var designer = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Designer))
        {
            await designer.DeployAsync(Fact(key));
        }
        var id = (await StartAsync(key, 1))[0];
        var page = await fixture.SignInAsync(DemoUsers.Admin, bypassCsp: true);
        await page.GotoAsync($"/instanser/{id}");
        await Assertions.Expect(page.Locator("[data-element-id=\"describeNeed\"]").First).ToHaveClassAsync(new Regex(@"\bsv-active\b"));

        await page.GetByTestId("suspend-instance").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByLabel("Anledning").FillAsync("Fel remittent angiven");
        await page.GetByTestId("suspend-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("suspended-chip")).ToHaveTextAsync("Pausad");
        await Assertions.Expect(page.GetByTestId("suspended-note")).ToContainTextAsync("kan inte tas eller slutföras");
        await Assertions.Expect(page.GetByTestId("instance-timeline")).ToContainTextAsync("Instansen pausades");
        await AccessibilityTests.AssertNoViolationsAsync(page, $"/instanser/{id} (pausad)");
        // The handläggare whose task it is is told on the task page, and completing it is refused in Swedish.
        string taskId;
        using (var api = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Handlaggare))
        {
            taskId = (await api.GetAsync($"/api/tasks?instanceId={id}")).GetProperty("items")[0].GetProperty("id").GetString()!;
        }
        var worker = await fixture.SignInAsync(DemoUsers.Handlaggare);
        await worker.GotoAsync($"/inkorg/{taskId}");
        await Assertions.Expect(worker.GetByTestId("task-suspended")).ToContainTextAsync("pausat");
        await worker.Context.CloseAsync();
        // The list of running instances says it too.
        await page.GotoAsync("/instanser");
        await page.GetByLabel("Affärsnyckel").FillAsync($"{key}-0");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"{key}-0" }).GetByTestId("list-suspended")).ToHaveTextAsync("Pausad");
        await page.GotoAsync($"/instanser/{id}");
        await BrowserFixture.ScreenshotAsync(page, "63-instans-pausad");
        await page.GetByTestId("resume-instance").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByLabel("Anledning").FillAsync("Remittenten rättad");
        await page.GetByTestId("resume-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("suspended-chip")).ToHaveCountAsync(0);

        // Clicking a step on the diagram opens the move with it chosen; the step the token is at is the one to cancel.
        await page.Locator("[data-element-id=\"receiveReferral\"]").First.ClickAsync();
        var dialog = page.GetByTestId("move-dialog");
        await Assertions.Expect(dialog.GetByTestId("move-start-at")).ToContainTextAsync("Ta emot remiss till FACT");
        await Assertions.Expect(dialog.GetByTestId("move-cancel-at")).ToContainTextAsync("Fyll i underlag för FACT-bedömning");
        await page.GetByTestId("move-confirm").ClickAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Skriv varför ärendet flyttas.");
        await page.GetByRole(AriaRole.Dialog).GetByLabel("Anledning").FillAsync("Bedömningen gjordes på mötet");
        await page.GetByTestId("move-confirm").ClickAsync();
        await Assertions.Expect(page.Locator("[data-element-id=\"receiveReferral\"]").First).ToHaveClassAsync(new Regex(@"\bsv-active\b"));
        await Assertions.Expect(page.GetByTestId("instance-timeline")).ToContainTextAsync("Ärendet flyttades för hand");
        await Assertions.Expect(page.GetByTestId("instance-timeline")).ToContainTextAsync("Bedömningen gjordes på mötet");
        await BrowserFixture.ScreenshotAsync(page, "64-instans-flyttad");

        await page.GetByTestId("change-variable").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByLabel("Variabel").FillAsync("prioritet");
        await page.GetByRole(AriaRole.Dialog).GetByLabel("Nytt värde").FillAsync("2");
        await page.GetByRole(AriaRole.Dialog).GetByLabel("Anledning").FillAsync("Brådskande enligt chefen");
        await page.GetByTestId("variable-confirm").ClickAsync();
        await Assertions.Expect(page.Locator("[data-variable=\"prioritet\"]")).ToContainTextAsync("2");
        await Assertions.Expect(page.GetByTestId("instance-timeline")).ToContainTextAsync("Variabel ändrades för hand");
    }
}
