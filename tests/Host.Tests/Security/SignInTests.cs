using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Tests.Api;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Security;

/// <summary>Real sign-in through the identity endpoints: demo users, bearer tokens, lock-out, rate limit, no self-registration.</summary>
public sealed class SignInTests : IAsyncDisposable
{
    private readonly AccountsHost _host = new();

    [Fact]
    public async Task Login_DemoAuditor_BearerTokenReadsTheAccessLogButNotTheProcesses()
    {
        using var client = await SignInAsync(DemoUsers.Granskare);

        var log = await client.GetAsync("/api/audit");
        var definitions = await client.GetAsync("/api/definitions");

        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
        await ApiClient.ExpectProblemAsync(definitions, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Login_WrongPassword_Is401WithoutSayingWhy()
    {
        using var client = Anonymous();

        var response = await client.PostAsJsonAsync("/api/account/login", new { email = DemoUsers.Narvardskontoret.Email, password = "fel-lösenord-123" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("password", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksOutEvenTheRightOne()
    {
        using var client = Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/account/login", new { email = DemoUsers.Chef.Email, password = $"fel-lösenord-{i}" });
        }

        var right = await client.PostAsJsonAsync("/api/account/login", new { email = DemoUsers.Chef.Email, password = DemoUsers.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("LockedOut", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hub_TokenInTheQuery_IsAcceptedThereAndNowhereElse()
    {
        using var signedIn = await SignInAsync(DemoUsers.Handlaggare);
        var token = signedIn.DefaultRequestHeaders.Authorization!.Parameter;
        using var client = Anonymous();

        var hub = await client.PostAsync($"/hubs/notifications/negotiate?negotiateVersion=1&access_token={token}", null);
        var api = await client.GetAsync($"/api/notifications?access_token={token}");
        var none = await client.PostAsync("/hubs/notifications/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.OK, hub.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
    }

    [Fact]
    public async Task Register_IsSwitchedOff()
    {
        using var client = Anonymous();

        var response = await client.PostAsJsonAsync("/api/account/register", new { email = "ny@samverkan.test", password = "Ett-långt-lösenord-1" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Login_TooManyAttemptsFromOneAddress_Is429()
    {
        await using var strict = _host.WithWebHostBuilder(web => web.UseSetting("Samverkan:Auth:SignInPermitsPerMinute", "3"));
        using var client = strict.CreateClient();
        client.DefaultRequestHeaders.SignOut();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await client.PostAsJsonAsync("/api/account/login", new { email = DemoUsers.Admin.Email, password = "fel-lösenord" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    private HttpClient Anonymous() => _host.Anonymous();

    private Task<HttpClient> SignInAsync(DemoUser user) => _host.SignInAsync(user.Email, DemoUsers.Password);

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
