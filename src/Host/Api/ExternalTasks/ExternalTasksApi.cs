using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Security;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Api.ExternalTasks;

/// <summary>/api/external-tasks: outside workers fetch service tasks by topic, then report success, failure or a BPMN error.</summary>
internal static class ExternalTasksApi
{
    public const int MaxTasks = 100;

    /// <summary>The longest lock and retry wait accepted: a week, in milliseconds.</summary>
    public const long MaxDuration = 7L * 24 * 60 * 60 * 1000;

    public static void MapExternalTasksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/external-tasks").WithTags("External tasks").WithLogScope("id", "ExternalTaskId")
            .RequireAuthorization(Policies.ExternalTasks)
            .ProducesProblems(400, 422);

        group.MapPost("/fetch-and-lock", FetchAndLockAsync)
            .WithName("FetchAndLockExternalTasks")
            .WithSummary("Lock up to maxTasks (at most 100) external tasks on the topics for the worker, for lockDuration milliseconds, "
                + "with the values of the variables it names (none when it names none); role worker");

        group.MapPost("/{id:guid}/complete", CompleteAsync)
            .WithName("CompleteExternalTask")
            .WithSummary("Complete a locked external task; the instance moves on")
            .ProducesProblems(404, 409);

        group.MapPost("/{id:guid}/failure", FailAsync)
            .WithName("FailExternalTask")
            .WithSummary("Report a failure: offered again after retryTimeout milliseconds while retries are left, else an incident")
            .ProducesProblems(404, 409);

        group.MapPost("/{id:guid}/bpmn-error", ThrowErrorAsync)
            .WithName("ThrowExternalTaskBpmnError")
            .WithSummary("Throw a BPMN error at the task, for an error boundary event to catch (an incident when none does)")
            .ProducesProblems(404, 409);
    }

    private static async Task<Ok<List<LockedExternalTaskResponse>>> FetchAndLockAsync(
        FetchAndLockRequest body, ProcessEngine engine, ProcessDataAccess data, ICurrentUser caller, ApiLog log, CancellationToken ct)
    {
        if (body.MaxTasks > MaxTasks)
        {
            throw Unprocessable($"maxTasks may be at most {MaxTasks}, not {body.MaxTasks}.");
        }
        var asked = (body.Variables ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).ToHashSet(StringComparer.Ordinal);
        var locked = await engine.FetchAndLockAsync(body.WorkerId, body.Topics.ToList(), body.MaxTasks, Milliseconds("lockDuration", body.LockDuration, 1), ct);
        log.ExternalTasksLocked(body.WorkerId, locked.Count);
        var handed = locked.Select(job => LockedExternalTaskResponse.From(job, asked)).ToList();
        foreach (var job in handed.Where(j => j.Variables.Count > 0))
        {
            await LogIdentifiedAsync(job.InstanceId, engine, data, caller, ct);
        }
        return TypedResults.Ok(handed);
    }

    // A worker gets the values it asks for as they are; for a case about an identified individual that is a read to log.
    private static async Task LogIdentifiedAsync(Guid instanceId, ProcessEngine engine, ProcessDataAccess data, ICurrentUser caller, CancellationToken ct)
    {
        if (await engine.GetInstanceAsync(instanceId, ct) is { } instance && await data.CaseOfAsync(instance, ct) is { Case.PersonId: { } personId } found)
        {
            await data.LogAsync(new Disclosure(true, found.Case.Id, personId, null), caller, "external task fetched", null, ct);
        }
    }

    private static async Task<NoContent> CompleteAsync(Guid id, CompleteExternalTaskRequest body, ProcessEngine engine, ApiLog log, CancellationToken ct)
    {
        await engine.CompleteExternalTaskAsync(id, body.WorkerId, JsonVariables.ToEngine(body.Variables), ct);
        log.ExternalTaskReported(id, "completed");
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> FailAsync(Guid id, ExternalTaskFailureRequest body, ProcessEngine engine, ApiLog log, CancellationToken ct)
    {
        if (body.Retries < 0)
        {
            throw Unprocessable($"retries may not be negative, not {body.Retries}.");
        }
        await engine.FailExternalTaskAsync(id, body.WorkerId, body.Message, body.Retries, Milliseconds("retryTimeout", body.RetryTimeout, 0), ct);
        log.ExternalTaskReported(id, body.Retries > 0 ? "failed, to be retried" : "failed, no retries left");
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ThrowErrorAsync(Guid id, ExternalTaskBpmnErrorRequest body, ProcessEngine engine, ApiLog log, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.ErrorCode))
        {
            throw Unprocessable("A BPMN error needs an errorCode.");
        }
        await engine.ThrowExternalTaskErrorAsync(id, body.WorkerId, body.ErrorCode, body.Message, JsonVariables.ToEngine(body.Variables), ct);
        log.ExternalTaskReported(id, "threw a BPMN error");
        return TypedResults.NoContent();
    }

    private static TimeSpan Milliseconds(string name, long value, long min) =>
        value >= min && value <= MaxDuration
            ? TimeSpan.FromMilliseconds(value)
            : throw Unprocessable($"{name} is in milliseconds, from {min} to {MaxDuration} (a week), not {value}.");

    private static BadHttpRequestException Unprocessable(string message) => new(message, StatusCodes.Status422UnprocessableEntity);
}
