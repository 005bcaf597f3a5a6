using Microsoft.Playwright;
using Samverkan.Host.Security.Accounts;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AnonymousVisitor_IsSentToSignIn_AndLandsOnTheOverviewAfterSigningIn()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Contains("/logga-in", page.Url);
        await BrowserFixture.ScreenshotAsync(page, "00-logga-in");

        await page.GetByLabel("E-postadress").FillAsync(DemoUsers.Handlaggare.Email);
        await page.GetByLabel("Lösenord").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Välkommen");
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("handläggare");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Inkorg" }).First).ToBeVisibleAsync();
        // A handläggare has no designer tools.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Processer" })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "01-oversikt-handlaggare");
    }

    [Fact]
    public async Task WrongPassword_ShowsASwedishError_AndStaysOnSignIn()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/logga-in");
        await page.GetByLabel("E-postadress").FillAsync(DemoUsers.Chef.Email);
        await page.GetByLabel("Lösenord").FillAsync("fel-lösenord-123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Fel e-postadress eller lösenord");
        Assert.Contains("/logga-in", page.Url);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var page = await fixture.SignInAsync(DemoUsers.Chef);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/logga-in", StringComparison.Ordinal));
        await page.GotoAsync("/");
        Assert.Contains("/logga-in", page.Url);
    }
}
