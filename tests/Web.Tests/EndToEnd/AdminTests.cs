using System.Xml.Linq;
using Microsoft.Playwright;
using Samverkan.Host.Components.Designer;
using Samverkan.Host.Security;
using Samverkan.Host.Security.Accounts;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

/// <summary>Administration in the browser: an account whose groups decide what it sees; the designer's list of candidate groups.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class AdminTests(BrowserFixture fixture)
{
    private static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";

    [Fact]
    public async Task Admin_CreatesAnAccountWhoseGroupMakesATaskVisibleToIt_ThenLocksIt()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (group, groupName, organisation, organisationName) = ($"e2e-grupp-{suffix}", $"Testgrupp {suffix}", $"e2e-org-{suffix}", $"Testorganisation {suffix}");
        var key = $"e2e-admin-{suffix}";
        // A task only the new group is a candidate for. (Few API sign-ins: the service allows 10 a minute per address.)
        using var designer = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Designer);
        await designer.DeployAsync(ProcessTemplates.TaskWithReminder.Create(key, $"Gruppens uppgift {suffix}")
            .Replace("camunda:candidateGroups=\"handlaggare\"", $"camunda:candidateGroups=\"{group}\"", StringComparison.Ordinal));
        using var handlaggare = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Handlaggare);
        var instanceId = (await handlaggare.PostAsync($"/api/definitions/{key}/instances", new { businessKey = key })).GetProperty("id").GetString();
        var account = new DemoUser($"e2e-{suffix}@samverkan.test", $"Test Person {suffix}", Roles.Handlaggare, organisation, [group]);

        // The administrator adds the group and an organisation whose staff can be in it.
        var page = await fixture.SignInAsync(DemoUsers.Admin);
        await OpenAsync(page, "/admin/organisationer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ny grupp" }).ClickAsync();
        await page.GetByLabel("Gruppens id").FillAsync(group);
        await page.GetByLabel("Gruppens namn").FillAsync(groupName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara gruppen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("admin-saved")).ToContainTextAsync($"Gruppen {groupName} är sparad.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ny organisation" }).ClickAsync();
        await page.GetByLabel("Id", new() { Exact = true }).FillAsync(organisation);
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync(organisationName);
        await page.GetByTestId("organisation-form").GetByLabel($"{groupName} ({group})").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara organisationen" }).ClickAsync();
        await Assertions.Expect(page.Locator($"[data-testid=organisation-row][data-id='{organisation}']")).ToContainTextAsync(groupName);
        await BrowserFixture.ScreenshotAsync(page, "60-admin-organisationer");

        // Then an account in that organisation, with that group.
        await OpenAsync(page, "/admin/anvandare");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Användare");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nytt konto" }).ClickAsync();
        await page.GetByLabel("E-post").FillAsync(account.Email);
        await page.GetByLabel("Lösenord").FillAsync(DemoUsers.Password);
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync(account.DisplayName);
        await page.GetByTestId("role-choice").GetByLabel("handläggare").CheckAsync();
        await page.GetByTestId("organisation-choice").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = organisationName }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.GetByTestId("group-choice").GetByLabel($"{groupName} ({group})").CheckAsync();
        await BrowserFixture.ScreenshotAsync(page, "61-admin-nytt-konto");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa kontot" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("admin-saved")).ToContainTextAsync($"Kontot {account.DisplayName} är sparat.");
        var row = page.Locator($"[data-testid=account-row][data-id='{account.Email}']");
        await Assertions.Expect(row).ToContainTextAsync(organisationName);
        await Assertions.Expect(row).ToContainTextAsync(groupName);

        // The new account sees the task through its group; a handläggare without the group does not.
        var member = await fixture.SignInAsync(account);
        await member.GotoAsync("/inkorg");
        await Assertions.Expect(member.GetByTestId("inbox-table").Locator("tr", new() { HasText = key })).ToContainTextAsync("Handlägg ärendet");
        Assert.Equal(0, (await handlaggare.GetAsync($"/api/tasks?instanceId={instanceId}")).GetProperty("total").GetInt32());

        // Locked, it cannot sign in any more.
        await row.GetByRole(AriaRole.Button, new() { Name = $"Lås {account.DisplayName}" }).ClickAsync();
        await Assertions.Expect(row.GetByTestId("account-status")).ToHaveTextAsync("Låst");
        var locked = await fixture.NewPageAsync();
        await locked.GotoAsync("/logga-in");
        await locked.GetByLabel("E-postadress").FillAsync(account.Email);
        await locked.GetByLabel("Lösenord").FillAsync(DemoUsers.Password);
        await locked.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(locked.GetByText("Kontot är spärrat")).ToBeVisibleAsync();
        Assert.Contains("/logga-in", locked.Url, StringComparison.Ordinal);
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-testid=page-ready][data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    [Fact]
    public async Task Designer_PicksACandidateGroupFromTheList_AndTheXmlHasIt()
    {
        var key = $"e2e-grupper-{Guid.NewGuid().ToString("N")[..8]}";
        using var designer = await EngineApi.SignInAsync(fixture.Host, DemoUsers.Designer);
        await designer.DeployAsync(ProcessTemplates.TaskWithReminder.Create(key, "Kandidatgrupper"));
        var page = await fixture.SignInAsync(DemoUsers.Designer);

        await page.GotoAsync($"/processer/{key}");
        await Assertions.Expect(page.GetByTestId("modeler-version")).ToContainTextAsync("version 1 av 1");
        await page.Locator("[data-element-id=handleTask]").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-element")).ToContainTextAsync("handleTask");
        var picker = page.Locator("#bio-properties-panel-candidateGroupPicker");
        if (!await picker.IsVisibleAsync())
        {
            await page.Locator("[data-group-id=group-CamundaPlatform__UserAssignment] .bio-properties-panel-group-header").ClickAsync();
        }
        await Assertions.Expect(picker).ToBeVisibleAsync();
        await Assertions.Expect(picker.Locator("option[value='sip-samordnare']")).ToHaveTextAsync("SIP-samordnare (sip-samordnare)");
        await Assertions.Expect(page.Locator("#bio-properties-panel-candidateGroups")).ToHaveValueAsync("handlaggare");

        await picker.SelectOptionAsync("sip-samordnare");

        await Assertions.Expect(page.Locator("#bio-properties-panel-candidateGroups")).ToHaveValueAsync("handlaggare,sip-samordnare");
        await Assertions.Expect(picker).ToHaveValueAsync("");
        await BrowserFixture.ScreenshotAsync(page, "62-kandidatgrupp-fran-listan");
        // An expression is still typed in the field (the panel saves typing after a pause: the task shown again has it);
        // a group picked then replaces it.
        await page.Locator("#bio-properties-panel-candidateGroups").FillAsync("${routing.group}");
        await page.Locator("[data-element-id=start]").First.ClickAsync();
        await page.Locator("[data-element-id=handleTask]").First.ClickAsync();
        await Assertions.Expect(page.Locator("#bio-properties-panel-candidateGroups")).ToHaveValueAsync("${routing.group}");
        await picker.SelectOptionAsync("ledningsniva");
        await Assertions.Expect(page.Locator("#bio-properties-panel-candidateGroups")).ToHaveValueAsync("ledningsniva");
        await picker.SelectOptionAsync("sip-samordnare");
        await Assertions.Expect(page.Locator("#bio-properties-panel-candidateGroups")).ToHaveValueAsync("ledningsniva,sip-samordnare");
        await page.GetByTestId("publish").ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith($"/processer/{key}/v/2", StringComparison.Ordinal));
        var deployed = XDocument.Parse(await designer.GetXmlAsync(key, 2));
        var task = deployed.Descendants().Single(e => (string?)e.Attribute("id") == "handleTask");
        Assert.Equal("ledningsniva,sip-samordnare", (string?)task.Attribute(Camunda + "candidateGroups"));
        Assert.DoesNotContain(fixture.ConsoleErrors, e => e.Contains("/processer", StringComparison.Ordinal));
    }
}
