using System.Net;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Testing;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Api;

[Collection(HostCollection.Name)]
public sealed class ExternalTasksApiTests(TestHost factory)
{
    private readonly ApiClient _api = new(factory.CreateClient());

    /// <summary>A fresh external-task process with one instance waiting at its Lookup task, on a topic of its own.</summary>
    private async Task<(string InstanceId, string Topic)> StartExternalAsync()
    {
        var process = await _api.DeployAsync(new TestProcess("External.bpmn"));
        var instance = await _api.StartAsync(process.Name("api_external"), new { businessKey = "case-1", variables = new { personId = 42 } });
        return (instance.GetProperty("id").GetString()!, process.Name("api_lookup"));
    }

    private async Task<List<System.Text.Json.JsonElement>> FetchAsync(string topic, string workerId = "worker-1", string[]? variables = null) =>
        (await _api.PostAsync("/api/external-tasks/fetch-and-lock", new { workerId, topics = new[] { topic }, maxTasks = 5, lockDuration = 60_000, variables }))
            .EnumerateArray().ToList();

    private async Task<string> FetchOneAsync(string topic) => Assert.Single(await FetchAsync(topic)).GetProperty("id").GetString()!;

    private async Task<IReadOnlyList<string?>> ActiveAsync(string instanceId) =>
        (await _api.GetAsync($"/api/instances/{instanceId}")).GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()).ToList();

    [Fact]
    public async Task FetchAndLock_ThenComplete_MovesTheInstanceOn()
    {
        var (instanceId, topic) = await StartExternalAsync();

        var locked = Assert.Single(await FetchAsync(topic, variables: ["personId", "notSet"]));
        var again = await FetchAsync(topic, "worker-2");
        await _api.PostAsync($"/api/external-tasks/{locked.GetProperty("id").GetString()}/complete",
            new { workerId = "worker-1", variables = new { found = true } }, HttpStatusCode.NoContent);

        Assert.Equal(topic, locked.GetProperty("topic").GetString());
        Assert.Equal(instanceId, locked.GetProperty("instanceId").GetString());
        Assert.Equal("Lookup", locked.GetProperty("elementId").GetString());
        Assert.Equal("case-1", locked.GetProperty("businessKey").GetString());
        Assert.Equal(42, Assert.Single(locked.GetProperty("variables").EnumerateObject(), v => v.Name == "personId").Value.GetInt64());
        Assert.Single(locked.GetProperty("variables").EnumerateObject());
        Assert.Empty(again);
        Assert.Equal(["Check"], await ActiveAsync(instanceId));
    }

    [Fact]
    public async Task FetchAndLock_NamingNoVariables_GetsNone()
    {
        var (_, topic) = await StartExternalAsync();

        var locked = Assert.Single(await FetchAsync(topic));

        Assert.Empty(locked.GetProperty("variables").EnumerateObject());
    }

    [Fact]
    public async Task Complete_ByAnotherWorker_Returns409AndUnknownReturns404()
    {
        var (_, topic) = await StartExternalAsync();
        var id = await FetchOneAsync(topic);

        await ExpectProblemAsync(await _api.Http.PostAsync($"/api/external-tasks/{id}/complete", RawJson("""{"workerId": "intruder"}""")), HttpStatusCode.Conflict);
        await ExpectProblemAsync(await _api.Http.PostAsync($"/api/external-tasks/{Guid.NewGuid()}/complete", RawJson("""{"workerId": "worker-1"}""")), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Failure_WithRetriesLeft_OffersTheTaskAgain()
    {
        var (instanceId, topic) = await StartExternalAsync();
        var id = await FetchOneAsync(topic);

        await _api.PostAsync($"/api/external-tasks/{id}/failure",
            new { workerId = "worker-1", message = "Register offline", retries = 2, retryTimeout = 0 }, HttpStatusCode.NoContent);

        var refetched = Assert.Single(await FetchAsync(topic));
        Assert.Equal(2, refetched.GetProperty("retries").GetInt32());
        Assert.Empty((await _api.GetAsync($"/api/incidents?instanceId={instanceId}")).EnumerateArray());
    }

    [Fact]
    public async Task Failure_NoRetriesLeft_RaisesAnIncidentThatRetryResolves()
    {
        var (instanceId, topic) = await StartExternalAsync();
        var id = await FetchOneAsync(topic);

        await _api.PostAsync($"/api/external-tasks/{id}/failure", new { workerId = "worker-1", message = "Register offline", retries = 0 }, HttpStatusCode.NoContent);

        var incident = Assert.Single((await _api.GetAsync($"/api/incidents?instanceId={instanceId}")).EnumerateArray());
        Assert.Equal("JobFailed", incident.GetProperty("type").GetString());
        Assert.Equal("Lookup", incident.GetProperty("elementId").GetString());
        Assert.Equal("Register offline", incident.GetProperty("message").GetString());
        Assert.Equal(id, incident.GetProperty("externalTaskId").GetString());
        Assert.Contains((await _api.GetAsync("/api/incidents")).EnumerateArray(), i => i.GetProperty("id").GetString() == incident.GetProperty("id").GetString());
        var withIncident = await _api.GetAsync($"/api/instances/{instanceId}");
        Assert.Equal(incident.GetProperty("id").GetString(), Assert.Single(withIncident.GetProperty("incidents").EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty(await FetchAsync(topic));

        var incidentId = incident.GetProperty("id").GetString();
        await ExpectAsync(await _api.Http.PostAsync($"/api/incidents/{incidentId}/retry", null), HttpStatusCode.NoContent);

        Assert.Empty((await _api.GetAsync($"/api/incidents?instanceId={instanceId}")).EnumerateArray());
        var resolved = Assert.Single((await _api.GetAsync($"/api/incidents?instanceId={instanceId}&includeResolved=true")).EnumerateArray());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, resolved.GetProperty("resolvedAt").ValueKind);
        Assert.Equal(id, await FetchOneAsync(topic));
        var again = await ExpectProblemAsync(await _api.Http.PostAsync($"/api/incidents/{incidentId}/retry", null), HttpStatusCode.Conflict);
        Assert.Contains("already resolved", again.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task BpmnError_CaughtByTheBoundaryEvent_TakesTheErrorPath()
    {
        var (instanceId, topic) = await StartExternalAsync();
        var id = await FetchOneAsync(topic);

        await _api.PostAsync($"/api/external-tasks/{id}/bpmn-error", new { workerId = "worker-1", errorCode = "NOT_FOUND" }, HttpStatusCode.NoContent);

        Assert.Equal(["Search"], await ActiveAsync(instanceId));
    }

    [Fact]
    public async Task BpmnError_UncaughtCode_RaisesAnIncident()
    {
        var (instanceId, topic) = await StartExternalAsync();
        var id = await FetchOneAsync(topic);

        await _api.PostAsync($"/api/external-tasks/{id}/bpmn-error", new { workerId = "worker-1", errorCode = "OTHER" }, HttpStatusCode.NoContent);

        Assert.Equal("UnhandledError", Assert.Single((await _api.GetAsync($"/api/incidents?instanceId={instanceId}")).EnumerateArray()).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("""{"workerId": "w", "topics": [], "lockDuration": 1000}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"workerId": "w", "topics": ["t"], "lockDuration": 0}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"workerId": "w", "topics": ["t"], "lockDuration": 99999999999999}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"workerId": "w", "topics": ["t"], "lockDuration": 1000, "maxTasks": 0}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"workerId": "w", "topics": ["t"], "lockDuration": 1000, "maxTasks": 101}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"workerId": "", "topics": ["t"], "lockDuration": 1000}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"topics": ["t"], "lockDuration": 1000}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"workerId": "w", "topics": ["t"], "lockDuration": "soon"}""", HttpStatusCode.BadRequest)]
    public async Task FetchAndLock_BadRequest_IsRefused(string body, HttpStatusCode expected)
    {
        await ExpectProblemAsync(await _api.Http.PostAsync("/api/external-tasks/fetch-and-lock", RawJson(body)), expected);
    }

    [Fact]
    public async Task Failure_NegativeRetries_Returns422AndKeepsTheLock()
    {
        var (_, topic) = await StartExternalAsync();
        var id = await FetchOneAsync(topic);

        await ExpectProblemAsync(await _api.Http.PostAsync($"/api/external-tasks/{id}/failure",
            RawJson("""{"workerId": "worker-1", "message": "x", "retries": -1}""")), HttpStatusCode.UnprocessableEntity);

        await _api.PostAsync($"/api/external-tasks/{id}/complete", new { workerId = "worker-1" }, HttpStatusCode.NoContent);
    }
}
