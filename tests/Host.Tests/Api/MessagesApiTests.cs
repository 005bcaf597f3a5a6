using System.Net;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Testing;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Api;

[Collection(HostCollection.Name)]
public sealed class MessagesApiTests(TestHost factory)
{
    private readonly ApiClient _api = new(factory.CreateClient());

    private async Task<(TestProcess Process, string BusinessKey)> DeployWaitingAsync() =>
        (await _api.DeployAsync(new TestProcess("Waiting.bpmn")), $"case-{Guid.NewGuid():N}");

    private async Task<string> StartAsync(TestProcess process, string businessKey, object? variables = null) =>
        (await _api.StartAsync(process.Name("api_waiting"), new { businessKey, variables })).GetProperty("id").GetString()!;

    [Fact]
    public async Task Message_MatchingBusinessKey_ReachesTheInstanceAndSetsVariables()
    {
        var (process, businessKey) = await DeployWaitingAsync();
        var id = await StartAsync(process, businessKey);

        var result = await _api.PostAsync("/api/messages",
            new { name = process.Name("api_answer"), businessKey, variables = new { answer = "yes" } });

        Assert.Equal([id], result.GetProperty("instanceIds").EnumerateArray().Select(i => i.GetString()));
        Assert.False(result.GetProperty("startedInstance").GetBoolean());
        var instance = await _api.GetAsync($"/api/instances/{id}");
        Assert.Equal(["Pause"], instance.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("yes", instance.GetProperty("variables").GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Message_ByCorrelationVariable_PicksTheInstanceWithThatValue()
    {
        var (process, businessKey) = await DeployWaitingAsync();
        await StartAsync(process, businessKey, new { caseNumber = 1 });
        var second = await StartAsync(process, businessKey, new { caseNumber = 2 });

        var result = await _api.PostAsync("/api/messages", new { name = process.Name("api_answer"), correlation = new { caseNumber = 2 } });

        Assert.Equal([second], result.GetProperty("instanceIds").EnumerateArray().Select(i => i.GetString()));
    }

    [Fact]
    public async Task Message_NoMatch_Returns404()
    {
        var (process, businessKey) = await DeployWaitingAsync();
        await StartAsync(process, businessKey);

        var problem = await ExpectProblemAsync(await _api.Http.PostAsync("/api/messages",
            RawJson($$"""{"name": "{{process.Name("api_answer")}}", "businessKey": "someone-else"}""")), HttpStatusCode.NotFound);

        Assert.Contains(process.Name("api_answer"), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Message_Ambiguous_Returns409AndChangesNothing_UnlessAll()
    {
        var (process, businessKey) = await DeployWaitingAsync();
        var first = await StartAsync(process, businessKey);
        var second = await StartAsync(process, businessKey);

        var problem = await ExpectProblemAsync(await _api.Http.PostAsync("/api/messages",
            RawJson($$"""{"name": "{{process.Name("api_answer")}}", "businessKey": "{{businessKey}}"}""")), HttpStatusCode.Conflict);
        var stillWaiting = await _api.GetAsync($"/api/instances/{first}");
        var all = await _api.PostAsync("/api/messages", new { name = process.Name("api_answer"), businessKey, all = true });

        Assert.Contains("matches 2", problem.GetProperty("detail").GetString());
        Assert.Contains("Answer", stillWaiting.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new[] { first, second }.Order(), all.GetProperty("instanceIds").EnumerateArray().Select(i => i.GetString()).Order());
    }

    [Theory]
    [InlineData("""{"businessKey": "x"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"name": ""}""", HttpStatusCode.UnprocessableEntity)]
    public async Task Message_WithoutAName_IsRefused(string body, HttpStatusCode expected)
    {
        await ExpectProblemAsync(await _api.Http.PostAsync("/api/messages", RawJson(body)), expected);
    }
}
