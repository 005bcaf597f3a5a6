using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Security;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution.Records;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Api.UserTasks;

/// <summary>/api/tasks: the user tasks people work on: find, read with their form, claim, unclaim, complete.</summary>
internal static class TasksApi
{
    public static void MapTasksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tasks").WithTags("Tasks").WithLogScope("id", "TaskId")
            .RequireAuthorization(Policies.Work);

        group.MapGet("/", QueryAsync)
            .WithName("QueryTasks")
            .WithSummary("Find tasks (open by default) by assignee, candidate group, instance; overdue=true keeps those past their due date")
            .ProducesProblems(400);

        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetTask")
            .WithSummary("A task with its form fields")
            .ProducesProblems(404);

        group.MapPost("/{id:guid}/claim", ClaimAsync)
            .WithName("ClaimTask")
            .WithSummary("Assign the task to a user; 409 when someone else holds it")
            .ProducesProblems(400, 404, 409, 422);

        group.MapPost("/{id:guid}/unclaim", UnclaimAsync)
            .WithName("UnclaimTask")
            .WithSummary("Give the task back to its candidates")
            .ProducesProblems(404, 409);

        group.MapPost("/{id:guid}/complete", CompleteAsync)
            .WithName("CompleteTask")
            .WithSummary("Complete the task with its form values; 422 lists the fields that are missing or invalid")
            .ProducesProblems(400, 404, 409, 422);
    }

    private static async Task<Ok<PagedResponse<TaskResponse>>> QueryAsync(
        string? assignee, string? candidateGroup, Guid? instanceId, bool? overdue, string? status, int? page, int? pageSize,
        ProcessEngine engine, TimeProvider clock, CancellationToken ct)
    {
        var paging = QueryValues.Paging(page, pageSize);
        var query = new TaskQuery
        {
            Assignee = assignee,
            CandidateGroup = candidateGroup,
            InstanceId = instanceId,
            DueBefore = overdue == true ? clock.GetUtcNow() : null,
            Status = QueryValues.Enum<UserTaskStatus>("status", status) ?? UserTaskStatus.Open,
            Page = paging.Page,
            PageSize = paging.PageSize,
        };
        var result = await engine.QueryTasksAsync(query, ct);
        return TypedResults.Ok(PagedResponse<TaskResponse>.From(result, t => TaskResponse.From(t)));
    }

    private static async Task<Ok<TaskResponse>> GetAsync(Guid id, ProcessEngine engine, CancellationToken ct)
    {
        var task = await engine.GetTaskAsync(id, ct) ?? throw EngineException.NotFound($"No task {id}.");
        var form = await engine.GetTaskFormAsync(task, ct);
        return TypedResults.Ok(TaskResponse.From(task, form.Select(FormFieldResponse.From).ToList()));
    }

    private static async Task<Ok<TaskResponse>> ClaimAsync(Guid id, ClaimTaskRequest body, ProcessEngine engine, ApiLog log, CancellationToken ct)
    {
        var task = await engine.ClaimTaskAsync(id, body.User, ct);
        log.TaskChanged(id, "claimed");
        return TypedResults.Ok(TaskResponse.From(task));
    }

    private static async Task<Ok<TaskResponse>> UnclaimAsync(Guid id, ProcessEngine engine, ApiLog log, CancellationToken ct)
    {
        var task = await engine.UnclaimTaskAsync(id, ct);
        log.TaskChanged(id, "unclaimed");
        return TypedResults.Ok(TaskResponse.From(task));
    }

    private static async Task<NoContent> CompleteAsync(Guid id, CompleteTaskRequest? body, ProcessEngine engine, ApiLog log, CancellationToken ct)
    {
        await engine.CompleteTaskAsync(id, JsonVariables.ToEngine(body?.Variables), body?.User, ct);
        log.TaskChanged(id, "completed");
        return TypedResults.NoContent();
    }
}
