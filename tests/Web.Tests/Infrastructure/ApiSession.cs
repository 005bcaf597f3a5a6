using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Samverkan.Host.Security.Accounts;

namespace Samverkan.Web.Tests.Infrastructure;

/// <summary>A demo user's bearer-token client for the running host's API, for what a test does besides the page it drives.</summary>
public static class ApiSession
{
    public static async Task<HttpClient> SignInAsync(WebHost host, DemoUser user)
    {
        var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await client.PostAsJsonAsync("/api/account/login", new { email = user.Email, password = DemoUsers.Password });
        response.EnsureSuccessStatusCode();
        var login = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return client;
    }
}
