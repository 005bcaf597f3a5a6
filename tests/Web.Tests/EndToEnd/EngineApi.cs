using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Samverkan.Host.Security.Accounts;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

/// <summary>
/// The REST API as an API client uses it, with a demo user's bearer token from /api/account/login: how the browser
/// tests of the viewer, log and notification pages make the instances, cases and reads they then look at.
/// </summary>
internal sealed class EngineApi : IDisposable
{
    private readonly HttpClient _http;

    private EngineApi(HttpClient http) => _http = http;

    public static async Task<EngineApi> SignInAsync(WebHost host, DemoUser user)
    {
        var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
        var login = await http.PostAsJsonAsync("/api/account/login", new { email = user.Email, password = DemoUsers.Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new EngineApi(http);
    }

    public async Task<JsonElement> PostAsync(string url, object body)
    {
        var response = await _http.PostAsJsonAsync(url, body);
        return await ReadAsync(response, url);
    }

    /// <summary>A POST that answers 204 No Content, such as completing a task.</summary>
    public async Task PostNoContentAsync(string url, object body)
    {
        var response = await _http.PostAsJsonAsync(url, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public async Task<JsonElement> GetAsync(string url) => await ReadAsync(await _http.GetAsync(url), url);

    public async Task<JsonElement> PutAsync(string url, object body) => await ReadAsync(await _http.PutAsJsonAsync(url, body), url);

    /// <summary>Deploys a BPMN file (as a designer); returns the deployment.</summary>
    public async Task<JsonElement> DeployAsync(string xml) =>
        await ReadAsync(await _http.PostAsync("/api/definitions/?source=e2e", new StringContent(xml, System.Text.Encoding.UTF8, "application/xml")), "/api/definitions");

    /// <summary>The XML of a version of a process.</summary>
    public Task<string> GetXmlAsync(string key, int version) => _http.GetStringAsync($"/api/definitions/{key}/xml?version={version}");

    /// <summary>Starts the avvikelse process (its first task is assigned to <paramref name="reporter"/>); returns the instance id.</summary>
    public async Task<string> StartDeviationAsync(string businessKey, string reporter, Dictionary<string, object?>? more = null)
    {
        var variables = new Dictionary<string, object?>(more ?? []) { ["reporter"] = reporter };
        var instance = await PostAsync("/api/definitions/avvikelse/instances", new { businessKey, variables });
        return instance.GetProperty("id").GetString()!;
    }

    /// <summary>A valid personnummer (right check digit) of a random adult, as YYYYMMDD-NNNC.</summary>
    public static string NewPersonnummer()
    {
        var birth = new DateOnly(1940, 1, 1).AddDays(Random.Shared.Next(0, 65 * 365));
        var digits = birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + Random.Shared.Next(0, 1000).ToString("000", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 2; i < 11; i++)
        {
            var d = (digits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return $"{digits[..8]}-{digits[8..]}{(10 - sum % 10) % 10}";
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string url)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{url}: {(int)response.StatusCode} {text}");
        }
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => _http.Dispose();
}
