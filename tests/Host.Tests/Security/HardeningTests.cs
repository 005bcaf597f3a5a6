using System.Net;
using System.Text;
using Samverkan.Host.Security.Hardening;
using Samverkan.Host.Tests.Api;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Security;

/// <summary>Security headers on every answer, body limits, and errors that give nothing away.</summary>
[Collection(HostCollection.Name)]
public sealed class HardeningTests(TestHost factory)
{
    private readonly HttpClient _http = factory.CreateClient();

    [Theory]
    [InlineData("/api/definitions", SecurityHeaders.ContentSecurityPolicy)]
    [InlineData("/api/nothing-here", SecurityHeaders.ContentSecurityPolicy)]
    [InlineData("/health", SecurityHeaders.ContentSecurityPolicy)]
    [InlineData("/api/docs", SecurityHeaders.ToolPagesContentSecurityPolicy)]
    public async Task Response_AnyPath_CarriesTheSecurityHeaders(string path, string csp)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(csp, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("/lib/bpmn/samverkan-bpmn.js", "text/javascript")]
    [InlineData("/lib/bpmn/samverkan-bpmn.css", "text/css")]
    public async Task StaticFile_BpmnBundle_IsServedAnonymouslyWithTheSecurityHeaders(string path, string contentType)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Post_JsonBodyOverTheLimit_Is413ProblemAndNothingIsRead()
    {
        var big = new string('a', (int)RequestLimits.MaxBodyBytes);
        using var content = new StringContent("{\"name\": \"x\", \"variables\": {\"v\": \"" + big + "\"}}", Encoding.UTF8, "application/json");

        using var response = await _http.PostAsync("/api/messages", content);

        var problem = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("MiB", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/cases?personnummer=' OR 1=1 --")]
    [InlineData("/api/instances?businessKey='; DROP TABLE Instances; --")]
    [InlineData("/api/tasks?candidateGroup=\" OR \"\"=\"")]
    public async Task Query_SqlLookingText_IsAClear4xxOrAnEmptyAnswer_NeverSqlOrAStackTrace(string url)
    {
        using var response = await _http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode < 500, body);
        Assert.DoesNotContain("SQLite", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}
