using System.Net;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Testing;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Api;

[Collection(HostCollection.Name)]
public sealed class SignalsApiTests(TestHost factory)
{
    private readonly ApiClient _api = new(factory.CreateClient());

    private async Task<string> StartAsync(TestProcess process) =>
        (await _api.StartAsync(process.Name("api_waiting"))).GetProperty("id").GetString()!;

    [Fact]
    public async Task Signal_ReachesEveryWaitingInstance()
    {
        var process = await _api.DeployAsync(new TestProcess("Waiting.bpmn"));
        var first = await StartAsync(process);
        var second = await StartAsync(process);

        var result = await _api.PostAsync("/api/signals", new { name = process.Name("api_pause"), variables = new { paused = true } });

        Assert.Equal(new[] { first, second }.Order(), result.GetProperty("instanceIds").EnumerateArray().Select(i => i.GetString()).Order());
        var instance = await _api.GetAsync($"/api/instances/{first}");
        Assert.Equal(["Answer"], instance.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.True(instance.GetProperty("variables").GetProperty("paused").GetBoolean());
    }

    [Fact]
    public async Task Signal_NobodyWaiting_ReachesNone()
    {
        var result = await _api.PostAsync("/api/signals", new { name = $"unheard-{Guid.NewGuid():N}" });

        Assert.Equal(0, result.GetProperty("instanceIds").GetArrayLength());
    }

    [Fact]
    public async Task Signal_InvalidVariable_Returns422AndReachesNobody()
    {
        var process = await _api.DeployAsync(new TestProcess("Waiting.bpmn"));
        var id = await StartAsync(process);

        var problem = await ExpectProblemAsync(await _api.Http.PostAsync("/api/signals",
            RawJson($$$"""{"name": "{{{process.Name("api_pause")}}}", "variables": {"not valid": 1}}""")), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("not valid", Assert.Single(Errors(problem)).GetProperty("field").GetString());
        Assert.Contains("Pause", (await _api.GetAsync($"/api/instances/{id}")).GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
    }
}
