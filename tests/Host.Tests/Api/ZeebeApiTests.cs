using System.Net;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Api;

/// <summary>A Camunda 8 (Zeebe) file over the API: kept exactly as deployed, and messages correlated by its correlation key.</summary>
[Collection(HostCollection.Name)]
public sealed class ZeebeApiTests(TestHost factory)
{
    private readonly ApiClient _api = new(factory.CreateClient());

    private async Task<string> StartAsync(TestProcess process, object variables) =>
        (await _api.StartAsync(process.Name("api_zeebe_waiting"), new { businessKey = $"case-{Guid.NewGuid():N}", variables })).GetProperty("id").GetString()!;

    [Fact]
    public async Task Deploy_Camunda8File_XmlReadBackByteIdentical()
    {
        var process = await _api.DeployAsync(new TestProcess("ZeebeWaiting.bpmn"));

        var response = await _api.Http.GetAsync($"/api/definitions/{process.Name("api_zeebe_waiting")}/xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(process.Xml), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Message_ByCorrelationKey_ReachesTheInstanceWhoseKeyMatches()
    {
        var process = await _api.DeployAsync(new TestProcess("ZeebeWaiting.bpmn"));
        var first = await StartAsync(process, new { caseNumber = "2026-001" });
        var second = await StartAsync(process, new { caseNumber = "2026-002" });

        var result = await _api.PostAsync("/api/messages",
            new { name = process.Name("api_zeebe_answer"), correlationKey = "2026-002", variables = new { answer = "ja" } });

        Assert.Equal([second], result.GetProperty("instanceIds").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(["Answer"], (await _api.GetAsync($"/api/instances/{first}")).GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Handle"], (await _api.GetAsync($"/api/instances/{second}")).GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Message_UnknownCorrelationKey_Returns404()
    {
        var process = await _api.DeployAsync(new TestProcess("ZeebeWaiting.bpmn"));
        await StartAsync(process, new { caseNumber = "2026-003" });

        var response = await _api.Http.PostAsync("/api/messages",
            ApiClient.RawJson($$"""{"name": "{{process.Name("api_zeebe_answer")}}", "correlationKey": "nope"}"""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
