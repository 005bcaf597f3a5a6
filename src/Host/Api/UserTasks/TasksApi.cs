using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Security;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Api.UserTasks;

/// <summary>
/// /api/tasks: the user tasks people work on: find, read with their form, claim, unclaim, complete. Each answer is
/// limited to the tasks the caller may see (<see cref="TaskAccess"/>); any other task is 404, as if it did not exist.
/// </summary>
internal static class TasksApi
{
    public static void MapTasksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tasks").WithTags("Tasks").WithLogScope("id", "TaskId")
            .RequireAuthorization(Policies.Work);

        group.MapGet("/", QueryAsync)
            .WithName("QueryTasks")
            .WithSummary("The caller's tasks (open by default): assigned to them, naming them or one of their groups as candidate (a chef sees all); "
                + "narrowed by assignee, candidate group, instance; overdue=true keeps those past their due date")
            .ProducesProblems(400);

        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetTask")
            .WithSummary("A task the caller can see, with its form fields; reading one of a case about an identified individual is written to the access log")
            .ProducesProblems(404);

        group.MapPost("/{id:guid}/claim", ClaimAsync)
            .WithName("ClaimTask")
            .WithSummary("Assign the task to the caller (a chef may name another user); 403 for anyone else, 409 when someone else holds it")
            .ProducesProblems(400, 403, 404, 409, 422);

        group.MapPost("/{id:guid}/unclaim", UnclaimAsync)
            .WithName("UnclaimTask")
            .WithSummary("Give the task back to its candidates; only its assignee or a chef")
            .ProducesProblems(403, 404, 409);

        group.MapPost("/{id:guid}/complete", CompleteAsync)
            .WithName("CompleteTask")
            .WithSummary("Complete the task with its form values, recorded as done by the caller (a body 'user' is ignored); "
                + "only its assignee, a chef, or a candidate while unassigned; 422 lists the fields that are missing or invalid, "
                + "and text holding a personnummer in a task of a de-identified case")
            .ProducesProblems(400, 403, 404, 409, 422);
    }

    private static async Task<Ok<PagedResponse<TaskResponse>>> QueryAsync(
        string? assignee, string? candidateGroup, Guid? instanceId, bool? overdue, string? status, int? page, int? pageSize,
        ProcessEngine engine, TaskAccess access, ICurrentUser caller, TimeProvider clock, CancellationToken ct)
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
        var result = await engine.QueryTasksAsync(access.Restrict(query, caller), ct);
        return TypedResults.Ok(PagedResponse<TaskResponse>.From(result, t => TaskResponse.From(t)));
    }

    private static async Task<Ok<TaskResponse>> GetAsync(
        Guid id, ProcessEngine engine, TaskAccess access, ProcessDataAccess data, ICurrentUser caller, CancellationToken ct)
    {
        var task = await VisibleTaskAsync(id, engine, access, caller, ct);
        if (await engine.GetInstanceAsync(task.InstanceId, ct) is { } instance)
        {
            await data.DiscloseAsync(instance, caller, "task form read", task.Id, ct);
        }
        var form = await engine.GetTaskFormAsync(task, ct);
        return TypedResults.Ok(TaskResponse.From(task, form.Select(FormFieldResponse.From).ToList()));
    }

    private static async Task<Results<Ok<TaskResponse>, ProblemHttpResult>> ClaimAsync(
        Guid id, ClaimTaskRequest? body, ProcessEngine engine, TaskAccess access, ICurrentUser caller, ApiLog log, CancellationToken ct)
    {
        await VisibleTaskAsync(id, engine, access, caller, ct);
        var user = string.IsNullOrWhiteSpace(body?.User) ? caller.UserId! : body.User.Trim();
        if (!access.MayAssign(user, caller))
        {
            return ApiProblems.Result(StatusCodes.Status403Forbidden, "A task is claimed by the caller; only a chef assigns it to someone else.",
                new[] { ProblemError.ForField("user", "Ange dig själv; bara en chef kan tilldela någon annan uppgiften.") });
        }
        var task = await engine.ClaimTaskAsync(id, user, ct);
        log.TaskChanged(id, "claimed");
        return TypedResults.Ok(TaskResponse.From(task));
    }

    private static async Task<Results<Ok<TaskResponse>, ProblemHttpResult>> UnclaimAsync(
        Guid id, ProcessEngine engine, TaskAccess access, ICurrentUser caller, ApiLog log, CancellationToken ct)
    {
        if (!access.CanActOn(await VisibleTaskAsync(id, engine, access, caller, ct), caller))
        {
            return HeldByOther();
        }
        var task = await engine.UnclaimTaskAsync(id, ct);
        log.TaskChanged(id, "unclaimed");
        return TypedResults.Ok(TaskResponse.From(task));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CompleteAsync(
        Guid id, CompleteTaskRequest? body, ProcessEngine engine, TaskAccess access, ICurrentUser caller, ApiLog log, CancellationToken ct)
    {
        if (!access.CanActOn(await VisibleTaskAsync(id, engine, access, caller, ct), caller))
        {
            return HeldByOther();
        }
        await engine.CompleteTaskAsync(id, JsonVariables.ToEngine(body?.Variables), caller.UserId, ct);
        log.TaskChanged(id, "completed");
        return TypedResults.NoContent();
    }

    /// <summary>The task, or 404 when there is none or the caller may not see it: an invisible task does not exist for them.</summary>
    private static async Task<UserTaskView> VisibleTaskAsync(Guid id, ProcessEngine engine, TaskAccess access, ICurrentUser caller, CancellationToken ct)
    {
        var task = await engine.GetTaskAsync(id, ct);
        return task is not null && access.CanSee(task, caller) ? task : throw EngineException.NotFound($"No task {id}.");
    }

    private static ProblemHttpResult HeldByOther() =>
        ApiProblems.Result(StatusCodes.Status403Forbidden, "The task is assigned to someone else; only its assignee or a chef may give it back or complete it.",
            new[] { new ProblemError("Uppgiften är tilldelad någon annan.") });
}
