using System.Text.Json;
using Microsoft.Playwright;
using Samverkan.Host.Security.Accounts;
using Samverkan.Testing;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

/// <summary>
/// WCAG 2.1 A and AA checks by axe-core (installed with the bpmn-js bundle's npm packages) on every main page, as
/// the user who works there: contrast, names of buttons and fields, landmarks, language, headings.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    private static readonly string Axe = Path.Combine(Repository.Root, "src", "Host", "ClientApp", "node_modules", "axe-core", "axe.min.js");

    public static TheoryData<string, string?> Pages => new()
    {
        { "/logga-in", null },
        { "/", DemoUsers.Handlaggare.Email },
        { "/inkorg", DemoUsers.Handlaggare.Email },
        { "/starta", DemoUsers.Handlaggare.Email },
        { "/notiser", DemoUsers.Handlaggare.Email },
        { "/arenden", DemoUsers.Chef.Email },
        { "/processer", DemoUsers.Designer.Email },
        { "/regler", DemoUsers.Chef.Email },
        { "/rapporter", DemoUsers.Chef.Email },
        { "/instanser", DemoUsers.Admin.Email },
        { "/logg", DemoUsers.Granskare.Email },
        { "/admin/anvandare", DemoUsers.Admin.Email },
        { "/admin/organisationer", DemoUsers.Admin.Email },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task MainPage_HasNoWcag21AaViolations(string path, string? user)
    {
        Assert.True(File.Exists(Axe), $"axe-core is missing at {Axe}; `dotnet build` runs npm ci in src/Host/ClientApp");
        var page = user is null
            ? await fixture.NewPageAsync(bypassCsp: true)
            : await fixture.SignInAsync(DemoUsers.All.Single(u => u.Email == user), bypassCsp: true);
        await page.GotoAsync(path);
        await Assertions.Expect(page.Locator("h1").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await AssertNoViolationsAsync(page, path);
    }

    [Theory]
    [InlineData("/admin/anvandare", "Nytt konto")]
    [InlineData("/admin/organisationer", "Ny organisation")]
    [InlineData("/admin/organisationer", "Ny grupp")]
    public async Task AdminForm_Opened_HasNoWcag21AaViolations(string path, string button)
    {
        var page = await fixture.SignInAsync(DemoUsers.Admin, bypassCsp: true);
        await page.GotoAsync(path);
        await page.Locator("[data-testid=page-ready][data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = button })).ToBeVisibleAsync();

        await AssertNoViolationsAsync(page, $"{path} ({button})");
    }

    [Fact]
    public async Task WideTable_OnANarrowScreen_ScrollsFromTheKeyboard()
    {
        var page = await fixture.SignInAsync(DemoUsers.Granskare, bypassCsp: true);
        await page.SetViewportSizeAsync(700, 900);
        await page.GotoAsync("/logg");
        await page.ReloadAsync(); // the first look at the log is itself logged, so now there is at least one entry
        var region = page.Locator("[data-testid=access-log-table] .mud-table-container");
        await Assertions.Expect(page.GetByTestId("entry-user").First).ToBeVisibleAsync();

        await Assertions.Expect(region).ToHaveAttributeAsync("tabindex", "0");
        await Assertions.Expect(region).ToHaveAttributeAsync("role", "region");
        await Assertions.Expect(region).ToHaveAttributeAsync("aria-label", "Åtkomstloggens poster");
        await region.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(region).Not.ToHaveJSPropertyAsync("scrollLeft", 0);
        await AssertNoViolationsAsync(page, "/logg (700 px)");
    }

    internal static async Task AssertNoViolationsAsync(IPage page, string path)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Axe });
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);

        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(found.Count == 0, $"{path}:{Environment.NewLine}{string.Join(Environment.NewLine, found)}");
    }
}
