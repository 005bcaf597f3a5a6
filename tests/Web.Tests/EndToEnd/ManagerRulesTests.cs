using Microsoft.Playwright;
using Samverkan.Host.Components.Manager;
using Samverkan.Host.Security.Accounts;
using Samverkan.Rules.Helpers;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

/// <summary>The manager's page /regler in the browser: pause weeks, the dry run and rule sets, against real pulls of the red thread.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class ManagerRulesTests(BrowserFixture fixture)
{
    private const string PauseParameter = "/api/parameters/" + PauseWeeksEditor.ParameterName;

    [Fact]
    public async Task Manager_RemovesThePauseWindow_ARedThreadPullThatWasPausedIsNowAccepted()
    {
        using var chefApi = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Chef);
        var original = (await chefApi.GetAsync(PauseParameter)).GetProperty("value");
        var thisWeek = IsoWeek.Of(TimeProvider.System.GetUtcNow());
        var weekText = SwedishWeeks.Week(thisWeek);
        try
        {
            var page = await fixture.SignInAsync(DemoUsers.Chef);
            var handlaggare = await fixture.SignInAsync(DemoUsers.Handlaggare);
            await OpenAsync(page, "/regler");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Regler och parametrar");
            await Assertions.Expect(page.GetByTestId("value-redThreadPauseWeeks")).ToContainTextAsync("från v. 25 2025 till v. 32 2025");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ändra escalationHandlaggarniva" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("parameter-history")).ToContainTextAsync("Från början (grundvärde)");
            // A value that is not a duration, and no reason: Swedish messages beside the fields, nothing is changed.
            await page.GetByLabel("Nytt värde").FillAsync("14 dagar");
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara ändringen" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("parameter-detail")).ToContainTextAsync("Ange en tidslängd i ISO 8601");
            await Assertions.Expect(page.GetByTestId("parameter-detail")).ToContainTextAsync("Skriv varför ändringen görs");
            await Assertions.Expect(page.GetByTestId("value-escalationHandlaggarniva")).ToHaveTextAsync("14 dagar (P14D)");
            await page.EvaluateAsync("window.scrollTo(0, 0)");
            await BrowserFixture.ScreenshotAsync(page, "30-regler-parametrar");

            // The manager pauses the red thread for this week; the form starts on this week.
            await page.GetByRole(AriaRole.Tab, new() { Name = "Pausveckor" }).ClickAsync();
            await Assertions.Expect(page.GetByLabel("Från vecka")).ToHaveValueAsync(thisWeek.Week.ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till" }).ClickAsync();
            await SavePausesAsync(page, "Provpaus i test");
            await Assertions.Expect(page.Locator($"[data-week='{thisWeek}']")).ToHaveAttributeAsync("data-paused", "true");
            await Assertions.Expect(page.GetByTestId("pause-list")).ToContainTextAsync(weekText);
            await BrowserFixture.ScreenshotAsync(page, "31-pausveckor-kalender");

            // The dry run says so, and a handläggare's pull on Starta ärende gets the pause answer (routed to P2).
            await DryRunAsync(page, null);
            await Assertions.Expect(page.GetByTestId("dry-run-result")).ToContainTextAsync("skulle pausas");
            await PullAsync(handlaggare);
            await Assertions.Expect(handlaggare.GetByTestId("process-answer")).ToContainTextAsync("Det röda snöret är pausat");

            // The manager removes the pause window.
            await page.GetByRole(AriaRole.Tab, new() { Name = "Pausveckor" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = $"Ta bort pausen {weekText}" }).ClickAsync();
            await SavePausesAsync(page, "Pausen hävd i test");
            await Assertions.Expect(page.Locator($"[data-week='{thisWeek}']")).ToHaveAttributeAsync("data-paused", "false");

            // Now the same pull is accepted: Närvårdskontoret convenes the parties (P3).
            await DryRunAsync(page, null);
            await Assertions.Expect(page.GetByTestId("dry-run-result")).ToContainTextAsync("skulle tas emot");
            await PullAsync(handlaggare);
            await Assertions.Expect(handlaggare.GetByTestId("process-answer")).ToContainTextAsync("Närvårdskontoret har tagit emot draget och kallar parterna.");

            // A date in the pause of 2025 is still paused: the dry run reads the values in force on that date.
            await DryRunAsync(page, "2025-07-01");
            await Assertions.Expect(page.GetByTestId("dry-run-result")).ToContainTextAsync("Ett drag i det röda snöret den 2025-07-01 (v. 27 2025) skulle pausas");
            await BrowserFixture.ScreenshotAsync(page, "32-provkorning");
        }
        finally
        {
            var now = (await chefApi.GetAsync(PauseParameter)).GetProperty("value");
            if (now.GetRawText() != original.GetRawText())
            {
                await chefApi.PutAsync(PauseParameter, new { value = original, reason = "Återställt efter test" });
            }
        }
    }

    [Fact]
    public async Task Designer_ReadsRuleSetsWithTheirSamples_AndGetsTheServicesErrorsForABrokenEdit()
    {
        var page = await fixture.SignInAsync(DemoUsers.Designer);
        await OpenAsync(page, "/regler");
        // Designers read parameters but may not change them.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Historik för escalationHandlaggarniva" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ändra escalationHandlaggarniva" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Regeluppsättningar" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("rule-set-title")).ToHaveTextAsync("RedThreadPull");
        await Assertions.Expect(page.GetByTestId("rule-table")).ToContainTextAsync("params.redThreadPauseWeeks.Contains(now)");
        await Assertions.Expect(page.GetByTestId("sample-table")).ToContainTextAsync("Första minuten i pausen");
        await Assertions.Expect(page.GetByTestId("sample-table").GetByText("Som väntat")).ToHaveCountAsync(11);
        await BrowserFixture.ScreenshotAsync(page, "33-regeluppsattningar");

        var editor = page.GetByLabel("Regeluppsättningen som JSON");
        var json = await editor.InputValueAsync();
        await editor.FillAsync(json.Replace("input.individualHarmed == true", "input.individualHarmed ==", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara ny version" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("rule-set-errors")).ToContainTextAsync("Regeln IndividualHarmed");
        await Assertions.Expect(page.GetByTestId("rule-set-errors")).ToContainTextAsync("sparas inte");

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^EscalationLadder \\(v") }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("rule-set-title")).ToHaveTextAsync("EscalationLadder");
        await Assertions.Expect(page.GetByTestId("rule-set-errors")).ToHaveCountAsync(0);
    }

    /// <summary>Opens a page and waits for its circuit: a click on the prerendered page would do nothing.</summary>
    internal static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Assertions.Expect(page.GetByTestId("page-ready")).ToHaveAttributeAsync("data-interactive", "true");
    }

    private static async Task SavePausesAsync(IPage page, string reason)
    {
        await page.GetByLabel("Skäl till ändringen").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara pausveckorna" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pause-saved")).ToBeVisibleAsync();
    }

    private static async Task DryRunAsync(IPage page, string? date)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = "Provkörning" }).ClickAsync();
        if (date is not null)
        {
            await page.GetByLabel("Datum för draget").FillAsync(date);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Provkör" }).ClickAsync();
    }

    /// <summary>Pulls the red thread on Starta ärende as a handläggare, for a harmed individual with SIP attempted.</summary>
    private static async Task PullAsync(IPage page)
    {
        await page.GotoAsync("/starta");
        await page.GetByTestId("page-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByRole(AriaRole.Tab, new() { Name = "Dra i det röda snöret" }).ClickAsync();
        await page.GetByTestId("red-thread-party").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "polis" }).ClickAsync();
        foreach (var question in new[] { "red-thread-harmed", "red-thread-burden", "red-thread-sip" })
        {
            await page.GetByTestId(question).GetByRole(AriaRole.Radio, new() { Name = "Ja" }).CheckAsync();
        }
        await page.GetByTestId("red-thread-reference").Locator("input").FillAsync($"snore-{Guid.NewGuid():N}"[..15]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Dra i det röda snöret" }).ClickAsync();
    }
}
