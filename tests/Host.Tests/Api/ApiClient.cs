using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Samverkan.Host.Tests.Api;

/// <summary>The calls tests make again and again, with the JSON read as it is on the wire.</summary>
internal sealed class ApiClient(HttpClient http)
{
    public HttpClient Http => http;

    public static StringContent Xml(string xml, string mediaType = "application/xml") => new(xml, Encoding.UTF8, mediaType);

    public static StringContent RawJson(string json) => new(json, Encoding.UTF8, "application/json");

    public Task<HttpResponseMessage> DeployAsync(string xml, string mediaType = "application/xml") =>
        http.PostAsync("/api/definitions", Xml(xml, mediaType));

    /// <summary>Deploys the test's copy of a file and returns it; fails the test unless it was created.</summary>
    public async Task<TestProcess> DeployAsync(TestProcess process)
    {
        var response = await DeployAsync(process.Xml);
        await ExpectAsync(response, HttpStatusCode.Created);
        return process;
    }

    public async Task<JsonElement> StartAsync(string key, object? body = null)
    {
        var response = await http.PostAsJsonAsync($"/api/definitions/{key}/instances", body ?? new { });
        return await ExpectAsync(response, HttpStatusCode.Created);
    }

    public async Task<JsonElement> GetAsync(string url) => await ExpectAsync(await http.GetAsync(url), HttpStatusCode.OK);

    public async Task<JsonElement> PostAsync(string url, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await ExpectAsync(await http.PostAsJsonAsync(url, body), expected);

    public async Task<JsonElement> SingleTaskAsync(string instanceId)
    {
        var page = await GetAsync($"/api/tasks?instanceId={instanceId}");
        return Assert.Single(page.GetProperty("items").EnumerateArray());
    }

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Checks the RFC 9457 shape every error has, and returns the problem for more checks.</summary>
    public static async Task<JsonElement> ExpectProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await ExpectAsync(response, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal(response.RequestMessage!.RequestUri!.AbsolutePath, problem.GetProperty("instance").GetString());
        return problem;
    }

    public static IReadOnlyList<JsonElement> Errors(JsonElement problem) => problem.GetProperty("errors").EnumerateArray().ToList();
}
