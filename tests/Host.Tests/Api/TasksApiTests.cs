using System.Net;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Testing;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Api;

/// <summary>
/// The task API as staff use it: each task is in a candidate group of its own, and <see cref="_api"/> acts as the demo
/// handläggare who is in every group these tests made (<see cref="_groups"/>); other clients act as others.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class TasksApiTests(TestHost factory)
{
    private readonly ApiClient _setup = new(factory.CreateClient());
    private readonly ApiClient _api = new(factory.CreateClient());
    private readonly List<string> _groups = [];

    /// <summary>A fresh review process with one instance whose task is in a candidate group of its own, which <see cref="_api"/>'s user joins.</summary>
    private async Task<(string InstanceId, string TaskId, string Group)> StartReviewAsync(int dueInDays = 3)
    {
        var key = (await _setup.DeployAsync(new TestProcess("Review.bpmn"))).Name("api_review");
        var group = $"group-{Guid.NewGuid():N}";
        var instance = await _setup.StartAsync(key, new { variables = new { group, dueInDays } });
        var id = instance.GetProperty("id").GetString()!;
        _groups.Add(group);
        _api.Http.DefaultRequestHeaders.SignInAs(DemoUsers.Handlaggare, [.. _groups]);
        var task = await _api.SingleTaskAsync(id);
        return (id, task.GetProperty("id").GetString()!, group);
    }

    /// <summary>A client signed in as <paramref name="user"/> (the demo user's groups, plus <paramref name="groups"/>).</summary>
    private ApiClient As(DemoUser user, params string[] groups)
    {
        var client = new ApiClient(factory.CreateClient());
        client.Http.DefaultRequestHeaders.SignInAs(user, groups);
        return client;
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
        await _api.PostAsync($"/api/tasks/{taskId}/claim", new { });

        var mine = await _api.GetAsync($"/api/tasks?assignee={Uri.EscapeDataString(DemoUsers.Handlaggare.Email)}&pageSize=500");

        Assert.Contains(taskId, mine.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
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
        var (_, taskId, group) = await StartReviewAsync();
        var colleague = As(DemoUsers.HandlaggareRegion, group);

        var claimed = await _api.PostAsync($"/api/tasks/{taskId}/claim", new { user = DemoUsers.Handlaggare.Email });
        var taken = await ExpectProblemAsync(await colleague.Http.PostAsync($"/api/tasks/{taskId}/claim", RawJson("{}")), HttpStatusCode.Conflict);
        var unclaimed = await _api.PostAsync($"/api/tasks/{taskId}/unclaim", new { });
        var reclaimed = await colleague.PostAsync($"/api/tasks/{taskId}/claim", new { });

        Assert.Equal(DemoUsers.Handlaggare.Email, claimed.GetProperty("assignee").GetString());
        Assert.Contains("already claimed", taken.GetProperty("detail").GetString());
        Assert.Equal(JsonValueKindNull, unclaimed.GetProperty("assignee").ValueKind);
        Assert.Equal(DemoUsers.HandlaggareRegion.Email, reclaimed.GetProperty("assignee").GetString());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private async Task AssertUnassignedAsync(string taskId) =>
        Assert.Equal(JsonValueKindNull, (await _api.GetAsync($"/api/tasks/{taskId}")).GetProperty("assignee").ValueKind);

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"user": null}""")]
    [InlineData("""{"user": "  "}""")]
    [InlineData("")]
    public async Task Claim_WithoutAUser_ClaimsForTheCaller(string body)
    {
        var (_, taskId, _) = await StartReviewAsync();

        var claimed = await ExpectAsync(await _api.Http.PostAsync($"/api/tasks/{taskId}/claim", RawJson(body)), HttpStatusCode.OK);

        Assert.Equal(DemoUsers.Handlaggare.Email, claimed.GetProperty("assignee").GetString());
    }

    [Fact]
    public async Task Claim_MalformedBody_Returns400AndLeavesTheTaskUnassigned()
    {
        var (_, taskId, _) = await StartReviewAsync();

        var problem = await ExpectProblemAsync(await _api.Http.PostAsync($"/api/tasks/{taskId}/claim", RawJson("""{"user": 5}""")), HttpStatusCode.BadRequest);

        Assert.DoesNotContain("ClaimTaskRequest", problem.GetProperty("detail").GetString());
        await AssertUnassignedAsync(taskId);
    }

    [Fact]
    public async Task Handlaggare_NotInTheGroup_Gets404ForEverythingAndTheTaskIsUntouched()
    {
        var (instanceId, taskId, _) = await StartReviewAsync();
        var outsider = As(DemoUsers.Handlaggare);

        var list = await outsider.GetAsync($"/api/tasks?instanceId={instanceId}");
        var get = await outsider.Http.GetAsync($"/api/tasks/{taskId}");
        var claim = await outsider.Http.PostAsync($"/api/tasks/{taskId}/claim", RawJson("{}"));
        var unclaim = await outsider.Http.PostAsync($"/api/tasks/{taskId}/unclaim", RawJson("{}"));
        var complete = await outsider.Http.PostAsync($"/api/tasks/{taskId}/complete", RawJson("""{"variables": {"decision": "approve"}}"""));

        Assert.Equal(0, list.GetProperty("total").GetInt32());
        foreach (var response in new[] { get, claim, unclaim, complete })
        {
            var problem = await ExpectProblemAsync(response, HttpStatusCode.NotFound);
            Assert.Equal($"No task {taskId}.", problem.GetProperty("detail").GetString());
        }
        var task = await _api.GetAsync($"/api/tasks/{taskId}");
        Assert.Equal("Open", task.GetProperty("status").GetString());
        Assert.Equal(JsonValueKindNull, task.GetProperty("assignee").ValueKind);
    }

    [Fact]
    public async Task Query_WithoutFilters_ReturnsOnlyTheCallersVisibleTasks()
    {
        // Due long ago, so it sorts first in the caller's inbox whatever else the shared host holds.
        var (_, taskId, group) = await StartReviewAsync(dueInDays: -3000);

        var inbox = await _api.GetAsync("/api/tasks?pageSize=500");
        var outsiderInbox = await As(DemoUsers.HandlaggareRegion).GetAsync("/api/tasks?pageSize=500");

        var items = inbox.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(taskId, items[0].GetProperty("id").GetString());
        var mine = DemoUsers.Handlaggare.Groups.Concat(_groups).Append(DemoUsers.Handlaggare.Role).Append(DemoUsers.Handlaggare.Organisation).ToHashSet();
        Assert.All(items, t => Assert.True(
            t.GetProperty("assignee").GetString() == DemoUsers.Handlaggare.Email
            || t.GetProperty("candidateUsers").EnumerateArray().Any(u => u.GetString() == DemoUsers.Handlaggare.Email)
            || t.GetProperty("candidateGroups").EnumerateArray().Any(g => mine.Contains(g.GetString()!)),
            $"{t} is not the caller's"));
        Assert.DoesNotContain(taskId, outsiderInbox.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Contains(group, items[0].GetProperty("candidateGroups").EnumerateArray().Select(g => g.GetString()));
    }

    [Fact]
    public async Task Claim_ForAnotherUserAsHandlaggare_Returns403AndLeavesTheTaskUnassigned()
    {
        var (_, taskId, _) = await StartReviewAsync();

        var problem = await ExpectProblemAsync(await _api.Http.PostAsync($"/api/tasks/{taskId}/claim",
            RawJson($$"""{"user": "{{DemoUsers.HandlaggareRegion.Email}}"}""")), HttpStatusCode.Forbidden);

        Assert.Equal("user", Assert.Single(Errors(problem)).GetProperty("field").GetString());
        await AssertUnassignedAsync(taskId);
    }

    [Fact]
    public async Task Chef_NotInTheGroup_SeesTheTaskAndAssignsItToAHandlaggare()
    {
        var (instanceId, taskId, _) = await StartReviewAsync();
        var chef = As(DemoUsers.Chef);

        var listed = await chef.GetAsync($"/api/tasks?instanceId={instanceId}");
        await chef.GetAsync($"/api/tasks/{taskId}");
        var assigned = await chef.PostAsync($"/api/tasks/{taskId}/claim", new { user = DemoUsers.Handlaggare.Email });
        await _api.PostAsync($"/api/tasks/{taskId}/complete", new { variables = new { decision = "approve" } }, HttpStatusCode.NoContent);

        Assert.Equal(1, listed.GetProperty("total").GetInt32());
        Assert.Equal(DemoUsers.Handlaggare.Email, assigned.GetProperty("assignee").GetString());
        Assert.Equal(DemoUsers.Handlaggare.Email, (await chef.GetAsync($"/api/tasks/{taskId}")).GetProperty("completedBy").GetString());
    }

    [Fact]
    public async Task UnclaimAndComplete_AColleaguesTask_Return403ButTheTaskStaysVisible()
    {
        var (_, taskId, group) = await StartReviewAsync();
        var colleague = As(DemoUsers.HandlaggareRegion, group);
        await colleague.PostAsync($"/api/tasks/{taskId}/claim", new { });

        var seen = await _api.GetAsync($"/api/tasks/{taskId}");
        var unclaim = await ExpectProblemAsync(await _api.Http.PostAsync($"/api/tasks/{taskId}/unclaim", RawJson("{}")), HttpStatusCode.Forbidden);
        await ExpectProblemAsync(await _api.Http.PostAsync($"/api/tasks/{taskId}/complete",
            RawJson("""{"variables": {"decision": "approve"}}""")), HttpStatusCode.Forbidden);

        Assert.Equal(DemoUsers.HandlaggareRegion.Email, seen.GetProperty("assignee").GetString());
        Assert.NotEmpty(Errors(unclaim));
        var task = await colleague.GetAsync($"/api/tasks/{taskId}");
        Assert.Equal("Open", task.GetProperty("status").GetString());
        Assert.Equal(DemoUsers.HandlaggareRegion.Email, task.GetProperty("assignee").GetString());
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
        Assert.False((await _setup.GetAsync($"/api/instances/{instanceId}")).GetProperty("variables").TryGetProperty("score", out _));
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
        await _api.PostAsync($"/api/tasks/{taskId}/claim", new { });

        await _api.PostAsync($"/api/tasks/{taskId}/complete", new { variables = new { decision = "approve", score = 7 } }, HttpStatusCode.NoContent);

        var instance = await _setup.GetAsync($"/api/instances/{instanceId}");
        Assert.Equal("Completed", instance.GetProperty("status").GetString());
        Assert.Equal(7, instance.GetProperty("variables").GetProperty("score").GetInt64());
        var task = await _api.GetAsync($"/api/tasks/{taskId}");
        Assert.Equal("Completed", task.GetProperty("status").GetString());
        Assert.Equal(DemoUsers.Handlaggare.Email, task.GetProperty("completedBy").GetString());
    }

    [Fact]
    public async Task Complete_UnassignedWithAnotherUserInTheBody_IsRecordedAsTheCaller()
    {
        var (_, taskId, _) = await StartReviewAsync();

        await _api.PostAsync($"/api/tasks/{taskId}/complete", new { variables = new { decision = "reject" }, user = "someone-else" }, HttpStatusCode.NoContent);

        Assert.Equal(DemoUsers.Handlaggare.Email, (await _api.GetAsync($"/api/tasks/{taskId}")).GetProperty("completedBy").GetString());
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
