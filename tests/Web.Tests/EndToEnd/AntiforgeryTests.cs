using System.Net;
using System.Text.RegularExpressions;
using Samverkan.Host.Security.Accounts;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

/// <summary>The web application's forms refuse a post whose antiforgery token is missing or forged.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed partial class AntiforgeryTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SignInForm_WithAForgedToken_IsRefused_AndSignsNobodyIn()
    {
        using var client = NewClient();
        using var page = await client.GetAsync("/logga-in");
        var html = await page.Content.ReadAsStringAsync();
        var real = Token().Match(html).Groups["token"].Value;
        Assert.NotEmpty(real);

        using var forged = await client.PostAsync("/logga-in", SignInForm("CfDJ8-forged-" + real[..8]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain(forged.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("samverkan-session", StringComparison.Ordinal));

        using var missing = await client.PostAsync("/logga-in", SignInForm(token: null));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);

        // The same form with the page's own token signs in: the refusal was the token, not the form.
        using var genuine = await client.PostAsync("/logga-in", SignInForm(real));
        Assert.Equal(HttpStatusCode.Redirect, genuine.StatusCode);
        Assert.Contains(genuine.Headers.GetValues("Set-Cookie"), c => c.StartsWith("samverkan-session", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignOut_FromAnotherSite_WithoutTheToken_IsRefused()
    {
        using var client = NewClient();
        using var page = await client.GetAsync("/logga-in");
        var real = Token().Match(await page.Content.ReadAsStringAsync()).Groups["token"].Value;
        using var signIn = await client.PostAsync("/logga-in", SignInForm(real));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var forged = await client.PostAsync("/logga-ut", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = "forged", ["returnUrl"] = "/" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        // Still signed in: the overview answers instead of sending the user to sign in.
        using var overview = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
    }

    private HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = fixture.Host.Address,
        };

    private static FormUrlEncodedContent SignInForm(string? token)
    {
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = DemoUsers.Handlaggare.Email,
            ["Input.Password"] = DemoUsers.Password,
        };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }
        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}
