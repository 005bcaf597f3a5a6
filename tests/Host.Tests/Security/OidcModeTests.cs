using System.Net;
using System.Text.Json;
using Samverkan.Host.Security;
using Samverkan.Workflows.Abstractions;

namespace Samverkan.Host.Tests.Security;

/// <summary>
/// Production's sign-in: API clients with the identity provider's bearer tokens, whose role, organisation and group
/// claims decide what they may do and see; browsers sent to the provider; nothing else gets in.
/// </summary>
public sealed class OidcModeTests : IAsyncLifetime
{
    private readonly OidcHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private static string Handlaggare(params string[] groups) =>
        OidcHost.Token("anna.handlaggare", [Roles.Handlaggare], ["kommun-a"], groups);

    [Fact]
    public async Task BearerToken_GroupClaim_DecidesWhichTasksAreSeen()
    {
        var instance = await _host.Engine.StartAsync("sipTask");
        var task = Assert.Single((await _host.Engine.QueryTasksAsync(new TaskQuery { InstanceId = instance.Id })).Items);

        using var member = _host.Client(Handlaggare("sip-samordnare"));
        using var outsider = _host.Client(Handlaggare("fact-team"));

        Assert.Contains(task.Id, await TaskIdsAsync(member));
        Assert.DoesNotContain(task.Id, await TaskIdsAsync(outsider));
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/tasks/{task.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/tasks/{task.Id}")).StatusCode);
    }

    [Fact]
    public async Task BearerToken_RoleClaim_DecidesWhichEndpointsAnswer()
    {
        using var chef = _host.Client(OidcHost.Token("cecilia.chef", [Roles.Chef], ["region-b"], []));
        using var handlaggare = _host.Client(Handlaggare());

        Assert.Equal(HttpStatusCode.OK, (await chef.GetAsync("/api/reports/red-thread?from=2025-06-01&to=2025-06-30")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await handlaggare.GetAsync("/api/reports/red-thread?from=2025-06-01&to=2025-06-30")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await handlaggare.GetAsync("/api/tasks")).StatusCode);
    }

    [Fact]
    public async Task BearerToken_ClaimsBecomeTheCurrentUser()
    {
        using var client = _host.Client(Handlaggare("sip-samordnare"));

        var response = await client.GetAsync("/api/notifications");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The caller's own list: the subject is who they are (a ?user= naming someone else is refused).
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/notifications?user=someone.else")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/notifications?user=anna.handlaggare")).StatusCode);
    }

    public static TheoryData<string, string> RefusedTokens => new()
    {
        { "another audience", OidcHost.Token("anna", [Roles.Chef], ["kommun-a"], [], audience: "some-other-app") },
        { "expired", OidcHost.Token("anna", [Roles.Chef], ["kommun-a"], [], validFor: TimeSpan.FromMinutes(-10)) },
        { "signed by another key", OidcHost.Token("anna", [Roles.Chef], ["kommun-a"], [], signedWith: OidcHost.NewKey("provider")) },
        { "not a token", "not-a-token" },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task BearerToken_ThatTheProviderDidNotIssueForUs_Is401(string why, string token)
    {
        using var client = _host.Client(token);

        var response = await client.GetAsync("/api/reports/red-thread?from=2025-06-01&to=2025-06-30");

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{why}: {response.StatusCode}");
    }

    [Fact]
    public async Task Api_WithoutToken_Is401NotARedirect()
    {
        using var client = _host.Client();

        var response = await client.GetAsync("/api/tasks");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Browser_WithoutSession_IsSentToTheProviderWithPkce()
    {
        using var client = _host.Client();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await client.GetAsync("/inkorg");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(OidcHost.AuthorizationEndpoint + "?", location);
        Assert.Contains($"client_id={OidcHost.ClientId}", location);
        Assert.Contains("response_type=code", location);
        Assert.Contains("code_challenge_method=S256", location);
    }

    private static async Task<List<Guid>> TaskIdsAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/tasks");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
    }
}
