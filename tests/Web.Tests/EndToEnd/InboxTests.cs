using Microsoft.Playwright;
using Samverkan.Host.Security.Accounts;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

/// <summary>Staff start cases on /starta and work their tasks in /inkorg, against the real host and the real processes in workflows/.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class InboxTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Handlaggare_CompletesASipTaskThroughItsForm_AndTheInstanceMovesOn()
    {
        var reference = Unique("sip");
        var page = await fixture.SignInAsync(DemoUsers.Handlaggare);
        await OpenAsync(page, "/starta");
        await page.GetByTestId("sip-need").Locator("textarea").First.FillAsync("Behöver hemtjänst från kommunen och psykiatrisk uppföljning från regionen.");
        await page.GetByTestId("sip-reference").Locator("input").FillAsync(reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmäl behov av SIP" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("started-tasks")).ToContainTextAsync("Bedöm behov av SIP");
        // An avvikelse too, so the inbox holds the reporter's own task beside the group's.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Rapportera avvikelse" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rapportera avvikelse" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("started-tasks").Last).ToContainTextAsync("Beskriv avvikelsen");

        await OpenAsync(page, "/inkorg");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = reference });
        await Assertions.Expect(row).ToContainTextAsync("Bedöm behov av SIP");
        await row.GetByRole(AriaRole.Button, new() { Name = "Ta uppgiften Bedöm behov av SIP" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Du");
        await BrowserFixture.ScreenshotAsync(page, "10-inkorg");
        await row.GetByRole(AriaRole.Link, new() { Name = "Bedöm behov av SIP" }).ClickAsync();
        await page.GetByTestId("task-status").WaitForAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bedöm behov av SIP");
        await Assertions.Expect(page.GetByTestId("task-status")).ToContainTextAsync("Tagen av dig");
        await Assertions.Expect(page.GetByTestId("instance-history")).ToContainTextAsync("togs av dig");
        // Sent empty first: every required field says so in Swedish and the task stays open.
        await page.GetByRole(AriaRole.Button, new() { Name = "Slutför" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("field-raisedBy")).ToContainTextAsync("Välj ett alternativ.");
        await Assertions.Expect(page.GetByTestId("field-needsRegion")).ToContainTextAsync("Välj ett alternativ.");
        await Assertions.Expect(page.GetByTestId("task-message")).ToContainTextAsync("Rätta de markerade fälten");

        await page.GetByTestId("field-raisedBy").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Skola" }).ClickAsync();
        foreach (var field in new[] { "deidentified", "needsKommun", "needsRegion" })
        {
            await page.GetByTestId($"field-{field}").GetByRole(AriaRole.Radio, new() { Name = "Ja" }).CheckAsync();
        }
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await BrowserFixture.ScreenshotAsync(page, "11-uppgift-formular");
        await page.GetByRole(AriaRole.Button, new() { Name = "Slutför" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("task-message")).ToContainTextAsync("Uppgiften är slutförd.");
        // Both huvudmän are needed, so the SIP rule lets it on to consent, which is the coordinators' next task.
        await Assertions.Expect(page.GetByTestId("next-steps")).ToContainTextAsync("Registrera samtycke");
        await page.GetByTestId("next-steps").GetByRole(AriaRole.Link, new() { Name = "Registrera samtycke" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Registrera samtycke");
        await Assertions.Expect(page.GetByTestId("instance-history")).ToContainTextAsync("”Bedöm behov av SIP” slutfördes av dig");
    }

    [Fact]
    public async Task NewGroupTask_AppearsInAColleaguesOpenInbox_WithoutReloading()
    {
        var colleague = await fixture.SignInAsync(DemoUsers.HandlaggareRegion);
        await OpenAsync(colleague, "/inkorg");
        var reference = Unique("live");
        var row = colleague.GetByRole(AriaRole.Row).Filter(new() { HasText = reference });
        await Assertions.Expect(row).ToHaveCountAsync(0);

        var page = await fixture.SignInAsync(DemoUsers.Handlaggare);
        await OpenAsync(page, "/starta");
        await page.GetByTestId("sip-need").Locator("textarea").First.FillAsync("Behov av samordning mellan socialtjänst och vuxenpsykiatri.");
        await page.GetByTestId("sip-reference").Locator("input").FillAsync(reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmäl behov av SIP" }).ClickAsync();

        // Both are SIP coordinators: the new task's notification reaches the colleague's page, which reads its inbox again.
        await Assertions.Expect(row).ToContainTextAsync("Bedöm behov av SIP", new() { Timeout = 20_000 });
        await Assertions.Expect(row).ToContainTextAsync("Ingen");
    }

    [Fact]
    public async Task RedThreadPull_OutsideThePauseWindow_ShowsTheProcesssAnswerAtOnce()
    {
        var page = await fixture.SignInAsync(DemoUsers.Handlaggare);
        await OpenAsync(page, "/starta");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Dra i det röda snöret" }).ClickAsync();

        await page.GetByTestId("red-thread-party").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "polis" }).ClickAsync();
        foreach (var question in new[] { "red-thread-harmed", "red-thread-burden", "red-thread-sip" })
        {
            await page.GetByTestId(question).GetByRole(AriaRole.Radio, new() { Name = "Ja" }).CheckAsync();
        }
        await page.GetByTestId("red-thread-reference").Locator("input").FillAsync(Unique("snore"));
        await BrowserFixture.ScreenshotAsync(page, "12-starta-arende");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dra i det röda snöret" }).ClickAsync();

        // Today is not in the 2025 pause window: RedThreadPull's answer is that Närvårdskontoret convenes the parties.
        var answer = page.GetByTestId("process-answer");
        await Assertions.Expect(answer).ToContainTextAsync("Närvårdskontoret har tagit emot draget och kallar parterna.");
        await Assertions.Expect(answer).ToContainTextAsync("Parterna kallas senast");
        await Assertions.Expect(page.GetByTestId("instance-status")).ToHaveTextAsync("Pågår");
        await BrowserFixture.ScreenshotAsync(page, "13-roda-snoret-svar");
    }

    [Fact]
    public async Task RequiredFieldLeftEmpty_ShowsTheSwedishMessage_AndNothingIsStarted()
    {
        var page = await fixture.SignInAsync(DemoUsers.Handlaggare);
        await OpenAsync(page, "/starta");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Lyft ett samverkansproblem" }).ClickAsync();
        var reference = Unique("problem");
        await page.GetByTestId("problem-reference").Locator("input").FillAsync(reference);
        await page.GetByTestId("problem-deidentified").GetByRole(AriaRole.Radio, new() { Name = "Ja" }).CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Lyft samverkansproblemet" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("problem-title")).ToContainTextAsync("Fyll i det här fältet.");
        await Assertions.Expect(page.GetByTestId("problem-consent")).ToContainTextAsync("Välj ja eller nej.");
        await Assertions.Expect(page.GetByTestId("start-error")).ToContainTextAsync("Rätta de markerade fälten");
        await Assertions.Expect(page.GetByTestId("start-result")).ToHaveCountAsync(0);
        await OpenAsync(page, "/inkorg");
        await Assertions.Expect(page.GetByTestId("inbox-table")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = reference })).ToHaveCountAsync(0);
    }

    /// <summary>Opens a page and waits until it is interactive (prerendered pages do not answer clicks yet).</summary>
    [Fact]
    public async Task Overview_SaysWhatWaitsInTheInbox()
    {
        var page = await fixture.SignInAsync(DemoUsers.Handlaggare);
        await OpenAsync(page, "/starta");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Rapportera avvikelse" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rapportera avvikelse" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("started-tasks")).ToContainTextAsync("Beskriv avvikelsen");

        await page.GotoAsync("/");

        // The reporter describes the avvikelse themselves: at least that task is theirs.
        await Assertions.Expect(page.GetByTestId("inbox-summary"))
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ (öppen uppgift|öppna uppgifter), varav (.* och )?\d+ tag(en|na) av dig\.$"));
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.GetByTestId("page-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
}
