using System.Net;
using System.Net.Http.Json;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Testing;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Api;

[Collection(HostCollection.Name)]
public sealed class InstancesApiTests(TestHost factory)
{
    private readonly ApiClient _api = new(factory.CreateClient());

    private async Task<string> DeployReviewAsync() => (await _api.DeployAsync(new TestProcess("Review.bpmn"))).Name("api_review");

    private static object ReviewStart(string? businessKey = null, object? extra = null) =>
        new { businessKey, variables = extra ?? new { group = "handlaggare", dueInDays = 3 } };

    [Fact]
    public async Task Start_Returns201WithLocationAndTheInstance()
    {
        var key = await DeployReviewAsync();

        var response = await _api.Http.PostAsJsonAsync($"/api/definitions/{key}/instances",
            new { businessKey = "case-1", variables = new { group = "handlaggare", dueInDays = 3, nested = new { list = new[] { 1, 2 } } } });

        var instance = await ExpectAsync(response, HttpStatusCode.Created);
        var id = instance.GetProperty("id").GetString();
        Assert.Equal($"/api/instances/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(key, instance.GetProperty("definitionKey").GetString());
        Assert.Equal("Active", instance.GetProperty("status").GetString());
        Assert.Equal("case-1", instance.GetProperty("businessKey").GetString());
        Assert.Equal(["Review"], instance.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(3, instance.GetProperty("variables").GetProperty("dueInDays").GetInt64());
        Assert.Equal(2, instance.GetProperty("variables").GetProperty("nested").GetProperty("list")[1].GetInt64());
    }

    [Fact]
    public async Task Start_WithoutBody_StartsTheLatestVersion()
    {
        var process = new TestProcess("Waiting.bpmn");
        await _api.DeployAsync(process);

        var response = await _api.Http.PostAsync($"/api/definitions/{process.Name("api_waiting")}/instances", null);

        var instance = await ExpectAsync(response, HttpStatusCode.Created);
        Assert.Equal(["Answer", "Pause"], instance.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()).Order());
    }

    [Fact]
    public async Task Start_UnknownProcess_Returns404()
    {
        var problem = await ExpectProblemAsync(
            await _api.Http.PostAsJsonAsync("/api/definitions/no_such_process/instances", new { }), HttpStatusCode.NotFound);

        Assert.Contains("no_such_process", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Start_InvalidVariableName_Returns422NamingItAndStartsNothing()
    {
        var key = await DeployReviewAsync();

        var problem = await ExpectProblemAsync(await _api.Http.PostAsync($"/api/definitions/{key}/instances",
            RawJson("""{"variables": {"group": "g", "1bad": true}}""")), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("1bad", Assert.Single(Errors(problem)).GetProperty("field").GetString());
        var page = await _api.GetAsync($"/api/instances?definitionKey={key}");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Start_MalformedJson_Returns400SayingWhere()
    {
        var key = await DeployReviewAsync();

        var problem = await ExpectProblemAsync(await _api.Http.PostAsync($"/api/definitions/{key}/instances",
            RawJson("{\"variables\": {\"group\": nope}}")), HttpStatusCode.BadRequest);

        var error = Assert.Single(Errors(problem));
        Assert.Equal("$.variables.group", error.GetProperty("field").GetString());
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.Contains("$.variables.group", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("Samverkan.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Start_WrongJsonType_Returns400()
    {
        var key = await DeployReviewAsync();

        var problem = await ExpectProblemAsync(await _api.Http.PostAsync($"/api/definitions/{key}/instances",
            RawJson("""{"version": "one"}""")), HttpStatusCode.BadRequest);

        Assert.Equal("$.version", Assert.Single(Errors(problem)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Query_ByDefinitionKeyStatusAndBusinessKey_FindsOnlyMatches()
    {
        var key = await DeployReviewAsync();
        var a = await _api.StartAsync(key, ReviewStart("a"));
        await _api.StartAsync(key, ReviewStart("b"));
        await _api.StartAsync(key, ReviewStart("b"));

        var byKey = await _api.GetAsync($"/api/instances?definitionKey={key}&status=active&pageSize=2");
        var byBusinessKey = await _api.GetAsync($"/api/instances?definitionKey={key}&businessKey=a");
        var completed = await _api.GetAsync($"/api/instances?definitionKey={key}&status=Completed");

        Assert.Equal(3, byKey.GetProperty("total").GetInt32());
        Assert.Equal(2, byKey.GetProperty("items").GetArrayLength());
        Assert.Equal(2, byKey.GetProperty("pageSize").GetInt32());
        var only = Assert.Single(byBusinessKey.GetProperty("items").EnumerateArray());
        Assert.Equal(a.GetProperty("id").GetString(), only.GetProperty("id").GetString());
        Assert.Equal(0, completed.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("status=Sleeping", "status")]
    [InlineData("status=1", "status")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=first", "page")]
    public async Task Query_BadParameter_Returns400NamingIt(string query, string parameter)
    {
        var problem = await ExpectProblemAsync(await _api.Http.GetAsync($"/api/instances?{query}"), HttpStatusCode.BadRequest);

        Assert.Contains(parameter, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_ReturnsVariablesActiveElementsAndNoIncidents()
    {
        var key = await DeployReviewAsync();
        var started = await _api.StartAsync(key, ReviewStart());

        var instance = await _api.GetAsync($"/api/instances/{started.GetProperty("id").GetString()}");

        Assert.Equal("handlaggare", instance.GetProperty("variables").GetProperty("group").GetString());
        Assert.Equal(["Review"], instance.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, instance.GetProperty("incidents").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/instances/{0}")]
    [InlineData("/api/instances/{0}/history")]
    public async Task Get_UnknownId_Returns404(string url)
    {
        var problem = await ExpectProblemAsync(await _api.Http.GetAsync(string.Format(url, Guid.NewGuid())), HttpStatusCode.NotFound);

        Assert.Equal("Not Found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Get_NotAGuid_Returns404()
    {
        await ExpectProblemAsync(await _api.Http.GetAsync("/api/instances/not-an-id"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task History_AfterCompletingTheTask_ListsTheStepsInOrder()
    {
        var key = await DeployReviewAsync();
        var id = (await _api.StartAsync(key, ReviewStart())).GetProperty("id").GetString();
        var task = await _api.SingleTaskAsync(id!);
        await _api.PostAsync($"/api/tasks/{task.GetProperty("id").GetString()}/complete", new { variables = new { decision = "approve" } }, HttpStatusCode.NoContent);

        var history = await _api.GetAsync($"/api/instances/{id}/history");

        var types = history.EnumerateArray().Select(h => h.GetProperty("type").GetString()).ToList();
        Assert.Equal("InstanceStarted", types[0]);
        Assert.Equal("InstanceCompleted", types[^1]);
        Assert.True(types.IndexOf("TaskCreated") < types.IndexOf("TaskCompleted"));
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("elementId").GetString() == "End");
    }

    [Fact]
    public async Task Cancel_WithReasonInQuery_EndsTheInstanceAndItsTasks()
    {
        var key = await DeployReviewAsync();
        var id = (await _api.StartAsync(key, ReviewStart())).GetProperty("id").GetString();

        var instance = await ExpectAsync(await _api.Http.DeleteAsync($"/api/instances/{id}?reason=Duplicate%20case"), HttpStatusCode.OK);

        Assert.Equal("Cancelled", instance.GetProperty("status").GetString());
        Assert.Equal("Duplicate case", instance.GetProperty("endReason").GetString());
        Assert.Equal(0, (await _api.GetAsync($"/api/tasks?instanceId={id}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Cancel_WithReasonInBody_KeepsTheReason()
    {
        var key = await DeployReviewAsync();
        var id = (await _api.StartAsync(key, ReviewStart())).GetProperty("id").GetString();

        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/instances/{id}") { Content = JsonContent.Create(new { reason = "Moved away" }) };
        var instance = await ExpectAsync(await _api.Http.SendAsync(request), HttpStatusCode.OK);

        Assert.Equal("Moved away", instance.GetProperty("endReason").GetString());
    }

    [Fact]
    public async Task Cancel_Twice_Returns409AndUnknownReturns404()
    {
        var key = await DeployReviewAsync();
        var id = (await _api.StartAsync(key, ReviewStart())).GetProperty("id").GetString();
        await ExpectAsync(await _api.Http.DeleteAsync($"/api/instances/{id}"), HttpStatusCode.OK);

        var again = await ExpectProblemAsync(await _api.Http.DeleteAsync($"/api/instances/{id}"), HttpStatusCode.Conflict);
        await ExpectProblemAsync(await _api.Http.DeleteAsync($"/api/instances/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        Assert.Contains("already ended", again.GetProperty("detail").GetString());
        Assert.Equal("Cancelled through the API.", (await _api.GetAsync($"/api/instances/{id}")).GetProperty("endReason").GetString());
    }
}
