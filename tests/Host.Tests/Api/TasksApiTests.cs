using System.Net;
using Samverkan.Host.Tests.Infrastructure;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Api;

[Collection(HostCollection.Name)]
public sealed class TasksApiTests(SamverkanFactory factory)
{
    private readonly ApiClient _api = new(factory.CreateClient());

    /// <summary>A fresh review process with one instance whose task is in a candidate group of its own.</summary>
    private async Task<(string InstanceId, string TaskId, string Group)> StartReviewAsync(int dueInDays = 3)
    {
        var key = (await _api.DeployAsync(new TestProcess("Review.bpmn"))).Name("api_review");
        var group = $"group-{Guid.NewGuid():N}";
        var instance = await _api.StartAsync(key, new { variables = new { group, dueInDays } });
        var id = instance.GetProperty("id").GetString()!;
        var task = await _api.SingleTaskAsync(id);
        return (id, task.GetProperty("id").GetString()!, group);
    }

    [Fact]
    public async Task Query_ByCandidateGroupAndInstance_FindsTheTask()
    {
        var (instanceId, taskId, group) = await StartReviewAsync();

        var byGroup = await _api.GetAsync($"/api/tasks?candidateGroup={group}");
        var byInstance = await _api.GetAsync($"/api/tasks?instanceId={instanceId}&page=1&pageSize=10");

        var task = Assert.Single(byGroup.GetProperty("items").EnumerateArray());
        Assert.Equal(taskId, task.GetProperty("id").GetString());
        Assert.Equal("Review the application", task.GetProperty("name").GetString());
        Assert.Equal("Open", task.GetProperty("status").GetString());
        Assert.Equal([group], task.GetProperty("candidateGroups").EnumerateArray().Select(g => g.GetString()));
        Assert.False(task.TryGetProperty("form", out _));
        Assert.Equal(1, byInstance.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Query_Overdue_KeepsOnlyTasksPastTheirDueDate()
    {
        var late = await StartReviewAsync(dueInDays: -1);
        var onTime = await StartReviewAsync(dueInDays: 7);

        var lateOverdue = await _api.GetAsync($"/api/tasks?candidateGroup={late.Group}&overdue=true");
        var onTimeOverdue = await _api.GetAsync($"/api/tasks?candidateGroup={onTime.Group}&overdue=true");
        var onTimeAll = await _api.GetAsync($"/api/tasks?candidateGroup={onTime.Group}&overdue=false");

        Assert.Equal(1, lateOverdue.GetProperty("total").GetInt32());
        Assert.Equal(0, onTimeOverdue.GetProperty("total").GetInt32());
        Assert.Equal(1, onTimeAll.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Query_ByAssignee_FindsClaimedTasks()
    {
        var (_, taskId, _) = await StartReviewAsync();
        var user = $"user-{Guid.NewGuid():N}";
        await _api.PostAsync($"/api/tasks/{taskId}/claim", new { user });

        var mine = await _api.GetAsync($"/api/tasks?assignee={user}");

        Assert.Equal(taskId, Assert.Single(mine.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Get_IncludesTheFormFields()
    {
        var (_, taskId, _) = await StartReviewAsync();

        var task = await _api.GetAsync($"/api/tasks/{taskId}");

        var form = task.GetProperty("form").EnumerateArray().ToList();
        Assert.Equal(["decision", "score"], form.Select(f => f.GetProperty("id").GetString()));
        Assert.Equal("enum", form[0].GetProperty("type").GetString());
        Assert.True(form[0].GetProperty("required").GetBoolean());
        Assert.Equal(["approve", "reject"], form[0].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
        Assert.Equal(10, form[1].GetProperty("max").GetInt64());
    }

    [Fact]
    public async Task Get_UnknownTask_Returns404()
    {
        await ExpectProblemAsync(await _api.Http.GetAsync($"/api/tasks/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Claim_ByAnotherUserWhileClaimed_Returns409UntilUnclaimed()
    {
        var (_, taskId, _) = await StartReviewAsync();

        var claimed = await _api.PostAsync($"/api/tasks/{taskId}/claim", new { user = "anna" });
        var taken = await ExpectProblemAsync(await _api.Http.PostAsync($"/api/tasks/{taskId}/claim", RawJson("""{"user":"bertil"}""")), HttpStatusCode.Conflict);
        var unclaimed = await _api.PostAsync($"/api/tasks/{taskId}/unclaim", new { });
        var reclaimed = await _api.PostAsync($"/api/tasks/{taskId}/claim", new { user = "bertil" });

        Assert.Equal("anna", claimed.GetProperty("assignee").GetString());
        Assert.Contains("already claimed", taken.GetProperty("detail").GetString());
        Assert.Equal(JsonValueKindNull, unclaimed.GetProperty("assignee").ValueKind);
        Assert.Equal("bertil", reclaimed.GetProperty("assignee").GetString());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Theory]
    [InlineData("{}", HttpStatusCode.BadRequest)]
    [InlineData("""{"user": null}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"user": "  "}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("", HttpStatusCode.BadRequest)]
    public async Task Claim_WithoutAUser_IsRefused(string body, HttpStatusCode expected)
    {
        var (_, taskId, _) = await StartReviewAsync();

        var problem = await ExpectProblemAsync(await _api.Http.PostAsync($"/api/tasks/{taskId}/claim", RawJson(body)), expected);

        Assert.DoesNotContain("ClaimTaskRequest", problem.GetProperty("detail").GetString());
        Assert.Equal(JsonValueKindNull, (await _api.GetAsync($"/api/tasks/{taskId}")).GetProperty("assignee").ValueKind);
    }

    [Fact]
    public async Task Complete_InvalidForm_Returns422WithFieldErrorsAndTheTaskStaysOpen()
    {
        var (instanceId, taskId, _) = await StartReviewAsync();

        var problem = await ExpectProblemAsync(await _api.Http.PostAsync($"/api/tasks/{taskId}/complete",
            RawJson("""{"variables": {"decision": "maybe", "score": 11}}""")), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("The form has errors", problem.GetProperty("title").GetString());
        var errors = Errors(problem).ToDictionary(e => e.GetProperty("field").GetString()!, e => e.GetProperty("message").GetString());
        Assert.Equal(["decision", "score"], errors.Keys.Order());
        Assert.Contains("approve, reject", errors["decision"]);
        Assert.Equal("Open", (await _api.GetAsync($"/api/tasks/{taskId}")).GetProperty("status").GetString());
        Assert.False((await _api.GetAsync($"/api/instances/{instanceId}")).GetProperty("variables").TryGetProperty("score", out _));
    }

    [Fact]
    public async Task Complete_MissingRequiredField_Returns422NamingIt()
    {
        var (_, taskId, _) = await StartReviewAsync();

        var problem = await ExpectProblemAsync(await _api.Http.PostAsync($"/api/tasks/{taskId}/complete", RawJson("{}")), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("decision", Assert.Single(Errors(problem)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Complete_ValidForm_CompletesTheInstanceWithTheValues()
    {
        var (instanceId, taskId, _) = await StartReviewAsync();
        await _api.PostAsync($"/api/tasks/{taskId}/claim", new { user = "anna" });

        await _api.PostAsync($"/api/tasks/{taskId}/complete", new { variables = new { decision = "approve", score = 7 } }, HttpStatusCode.NoContent);

        var instance = await _api.GetAsync($"/api/instances/{instanceId}");
        Assert.Equal("Completed", instance.GetProperty("status").GetString());
        Assert.Equal(7, instance.GetProperty("variables").GetProperty("score").GetInt64());
        var task = await _api.GetAsync($"/api/tasks/{taskId}");
        Assert.Equal("Completed", task.GetProperty("status").GetString());
        Assert.Equal("anna", task.GetProperty("completedBy").GetString());
    }

    [Fact]
    public async Task Complete_Twice_Returns409()
    {
        var (_, taskId, _) = await StartReviewAsync();
        await _api.PostAsync($"/api/tasks/{taskId}/complete", new { variables = new { decision = "reject" } }, HttpStatusCode.NoContent);

        var problem = await ExpectProblemAsync(await _api.Http.PostAsync($"/api/tasks/{taskId}/complete",
            RawJson("""{"variables": {"decision": "reject"}}""")), HttpStatusCode.Conflict);

        Assert.Contains("not open", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Query_CompletedStatus_FindsFinishedTasks()
    {
        var (instanceId, taskId, _) = await StartReviewAsync();
        await _api.PostAsync($"/api/tasks/{taskId}/complete", new { variables = new { decision = "reject" } }, HttpStatusCode.NoContent);

        var open = await _api.GetAsync($"/api/tasks?instanceId={instanceId}");
        var completed = await _api.GetAsync($"/api/tasks?instanceId={instanceId}&status=completed");

        Assert.Equal(0, open.GetProperty("total").GetInt32());
        Assert.Equal(1, completed.GetProperty("total").GetInt32());
    }
}
