using Microsoft.Playwright;
using Samverkan.Host.Security.Accounts;
using Samverkan.Testing;

namespace Samverkan.Web.Tests.Infrastructure;

/// <summary>
/// One running service and one Chromium for the browser tests; each test opens its own context (its own cookies),
/// signs in as a demo user and drives the pages as that user would.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; Playwright's own browser downloads do not work on our machines.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("SAMVERKAN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public WebHost Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"No Chromium at {ChromiumPath}. Install Debian's (apt-get install chromium) or set SAMVERKAN_CHROMIUM.");
        }
        Host = await WebHost.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(30_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Swedish browser language: date inputs show yyyy-mm-dd as they do for our users.
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--lang=sv-SE"],
        });
    }

    /// <summary>A fresh browser context signed in through the sign-in page as <paramref name="user"/>.</summary>
    public async Task<IPage> SignInAsync(DemoUser user, bool bypassCsp = false)
    {
        var page = await NewPageAsync(bypassCsp);
        await page.GotoAsync("/logga-in");
        await page.GetByLabel("E-postadress").FillAsync(user.Email);
        await page.GetByLabel("Lösenord").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/logga-in", StringComparison.Ordinal));
        // The interactive circuit is up once the layout shows who is signed in.
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync(user.DisplayName);
        return page;
    }

    /// <param name="bypassCsp">Only for injecting test tools (axe) into a page; every other test runs under the real CSP.</param>
    public async Task<IPage> NewPageAsync(bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BypassCSP = bypassCsp,
            BaseURL = Host.Address.ToString(),
            Locale = "sv-SE",
            TimezoneId = "Europe/Stockholm",
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        // Generous limits: `dotnet test` runs the test projects side by side on two cores, so a page can be slow to
        // answer while the host tests run. These are ceilings for waiting, not expectations of speed.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add($"{page.Url}: {message.Text}");
            }
        };
        return page;
    }

    /// <summary>Errors the pages wrote to the browser console (CSP violations among them).</summary>
    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Saves a full-page screenshot as an artifact for the reviewer (artifacts/screenshots: ignored by git, kept by CI).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Repository.Root, "artifacts", "screenshots")).FullName;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
