using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Samverkan.Host.Tests.Api;
using Samverkan.Testing;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Security;

/// <summary>A host of its own for real sign-in (its demo users are seeded: tests run in Development), with a sign-in rate limit the tests do not reach.</summary>
public sealed class AccountsHost(StorageProvider storage = StorageProvider.Sqlite) : TestHost(new TestHostOptions
{
    Settings = new Dictionary<string, string?> { ["Samverkan:Auth:SignInPermitsPerMinute"] = "1000" },
    Storage = storage,
})
{
    /// <summary>A client with no test sign-in: anonymous unless it gets a bearer token.</summary>
    public HttpClient Anonymous()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.SignOut();
        return client;
    }

    /// <summary>Signs in through /api/account/login and returns a client that sends the bearer token.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = Anonymous();
        var login = await ApiClient.ExpectAsync(await client.PostAsJsonAsync("/api/account/login", new { email, password }), HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return client;
    }
}
