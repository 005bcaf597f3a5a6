using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Samverkan.Host.Api.Cases;
using Samverkan.Host.Cases;
using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Security;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Execution;
using Samverkan.Host.Api.Migrations;

namespace Samverkan.Host.Api.Instances;

/// <summary>/api/instances: start, find, inspect and cancel process instances; operators suspend, resume, move tokens, change variables and migrate one.</summary>
internal static class InstancesApi
{
    private const string DefaultCancelReason = "Cancelled through the API.";

    public static void MapInstancesApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/definitions/{key}/instances").WithTags("Instances").WithLogScope("key", "DefinitionKey")
            .RequireAuthorization(Policies.Work)
            .MapPost("/", StartAsync)
            .WithName("StartInstance")
            .WithSummary("Start an instance of the latest (or the given) version at its none start event; a business key that is a case's id "
                + "needs an organisation that takes part in the case (403 otherwise), and text holding a personnummer is refused (422) when the case is de-identified")
            .ProducesProblems(400, 403, 404, 422);

        var group = api.MapGroup("/instances").WithTags("Instances").WithLogScope("id", "InstanceId");

        group.MapGet("/", QueryAsync)
            .RequireAuthorization(Policies.ReadProcesses)
            .WithName("QueryInstances")
            .WithSummary("Find instances by process, status (Active, Completed, Cancelled) and business key, newest first")
            .ProducesProblems(400);

        group.MapGet("/{id:guid}", GetAsync)
            .RequireAuthorization(Policies.ReadProcesses)
            .WithName("GetInstance")
            .WithSummary("An instance with its status, variables, active element ids and open incidents; for a reader who may not see the "
                + "case's individual (see docs/process-data.md), deIdentified is true and maskedVariables names the variables shown masked")
            .ProducesProblems(404);

        group.MapGet("/{id:guid}/history", HistoryAsync)
            .RequireAuthorization(Policies.ReadProcesses)
            .WithName("GetInstanceHistory")
            .WithSummary("What happened in an instance, oldest first; de-identified for the same readers as the instance")
            .ProducesProblems(404);

        group.MapDelete("/{id:guid}", CancelAsync)
            .RequireAuthorization(Policies.Operate)
            .WithName("CancelInstance")
            .WithSummary("Cancel a running instance; the reason comes from ?reason= or a JSON body {\"reason\": ...}")
            .ProducesProblems(404, 409);

        group.MapPost("/{id:guid}/suspend", SuspendAsync)
            .RequireAuthorization(Policies.Operate)
            .WithName("SuspendInstance")
            .WithSummary("Suspend a running instance with a reason: its timers keep their due time but wait, its jobs are not run or locked, its tasks "
                + "cannot be claimed or completed (409) and messages to it are refused (409); instances its call activities started are suspended with it")
            .ProducesProblems(404, 409, 422);

        group.MapPost("/{id:guid}/resume", ResumeAsync)
            .RequireAuthorization(Policies.Operate)
            .WithName("ResumeInstance")
            .WithSummary("Resume a suspended instance with a reason; timers that fell due meanwhile fire")
            .ProducesProblems(404, 409, 422);

        group.MapPost("/{id:guid}/move-token", MoveTokenAsync)
            .RequireAuthorization(Policies.Operate)
            .WithName("MoveToken")
            .WithSummary("Cancel the tokens at element cancelAt, start one before or after element startAt, or both, with a reason; the new token runs on "
                + "to its next wait state at once")
            .ProducesProblems(404, 409, 422);

        group.MapPut("/{id:guid}/variables/{name}", ChangeVariableAsync)
            .RequireAuthorization(Policies.Operate)
            .WithName("ChangeVariable")
            .WithSummary("Set one process variable by hand with a reason, kept in the history")
            .ProducesProblems(404, 409, 422);

        group.MapPost("/{id:guid}/migrate", MigrateAsync)
            .RequireAuthorization(Policies.Operate)
            .WithName("MigrateInstance")
            .WithSummary("Move one instance to another version of its process now; 409 with every reason (stable codes in errors) when it cannot move")
            .ProducesProblems(404, 409, 422);
    }

    private static async Task<Ok<InstanceResponse>> SuspendAsync(
        Guid id, ReasonRequest? body, ProcessEngine engine, ProcessDataAccess data, ICurrentUser caller, CancellationToken ct)
    {
        var reason = RequestFieldException.Require(body?.Reason, "reason", "Say why the instance is suspended.");
        await engine.SuspendAsync(id, reason, UserOf(caller), ct);
        return await OperatedAsync(id, $"instance suspended: {reason}", engine, data, caller, ct);
    }

    private static async Task<Ok<InstanceResponse>> ResumeAsync(
        Guid id, ReasonRequest? body, ProcessEngine engine, ProcessDataAccess data, ICurrentUser caller, CancellationToken ct)
    {
        var reason = RequestFieldException.Require(body?.Reason, "reason", "Say why the instance is resumed.");
        await engine.ResumeAsync(id, reason, UserOf(caller), ct);
        return await OperatedAsync(id, $"instance resumed: {reason}", engine, data, caller, ct);
    }

    private static async Task<Ok<InstanceResponse>> MoveTokenAsync(
        Guid id, MoveTokenRequest body, ProcessEngine engine, ProcessDataAccess data, ICurrentUser caller, CancellationToken ct)
    {
        var reason = RequestFieldException.Require(body.Reason, "reason", "Say why the token is moved.");
        var placement = body.Placement?.Trim().ToLowerInvariant() switch
        {
            null or "" or "before" => TokenPlacement.Before,
            "after" => TokenPlacement.After,
            _ => throw new RequestFieldException("placement", $"placement must be \"before\" or \"after\", not \"{body.Placement}\"."),
        };
        await engine.MoveTokenAsync(id, body.CancelAt, body.StartAt, placement, reason, UserOf(caller), ct);
        return await OperatedAsync(id, $"token moved: {reason}", engine, data, caller, ct);
    }

    private static async Task<Ok<InstanceResponse>> ChangeVariableAsync(
        Guid id, string name, ChangeVariableRequest body, ProcessEngine engine, ProcessDataAccess data, ICurrentUser caller, CancellationToken ct)
    {
        var reason = RequestFieldException.Require(body.Reason, "reason", "Say why the variable is changed.");
        var value = body.Value is { } json ? Workflows.Execution.VariableValues.FromJson(json) : null;
        await engine.ChangeVariableAsync(id, name, value, reason, UserOf(caller), ct);
        return await OperatedAsync(id, $"variable {name} changed: {reason}", engine, data, caller, ct);
    }

    private static async Task<Ok<InstanceResponse>> MigrateAsync(
        Guid id, MigrateInstanceRequest body, ProcessEngine engine, ProcessDataAccess data, ICurrentUser caller, CancellationToken ct)
    {
        MigrationsApi.RequireVersion(body.TargetVersion, "targetVersion");
        var current = await FindAsync(engine, id, ct);
        var plan = await engine.PlanMigrationAsync(current.DefinitionKey, current.DefinitionVersion, body.TargetVersion!.Value, body.Mappings, ct);
        await engine.MigrateInstanceAsync(id, plan, UserOf(caller), ct);
        return await OperatedAsync(id, $"instance migrated from version {current.DefinitionVersion} to {body.TargetVersion}", engine, data, caller, ct);
    }

    /// <summary>After an operator's change: logged for an identified individual, and the instance as the operator may see it.</summary>
    private static async Task<Ok<InstanceResponse>> OperatedAsync(Guid id, string what, ProcessEngine engine, ProcessDataAccess data, ICurrentUser caller, CancellationToken ct)
    {
        var view = await FindAsync(engine, id, ct);
        await data.LogChangeAsync(view, caller, what, ct);
        return TypedResults.Ok(InstanceResponse.From(view, await data.ReadAsync(view, caller, "instance changed by an operator", null, ct)));
    }

    private static string UserOf(ICurrentUser caller) => caller.UserId ?? "anonym";

    private static async Task<Results<Created<InstanceResponse>, ProblemHttpResult>> StartAsync(
        string key, StartInstanceRequest? body, ProcessEngine engine, CaseFinder cases, ProcessDataAccess data, ICurrentUser caller, ApiLog log,
        CancellationToken ct)
    {
        var request = body ?? new StartInstanceRequest();
        if (await cases.FindAsync([request.BusinessKey], ct) is { } found && !CaseAccess.TakesPart(found.Case, caller))
        {
            return CaseProblems.NotTakingPart("businessKey");
        }
        var view = await engine.StartAsync(key, request.BusinessKey, JsonVariables.ToEngine(request.Variables), request.Version, ct);
        log.InstanceStarted(view.Id, view.DefinitionKey, view.DefinitionVersion);
        var shown = await data.ReadAsync(view, caller, "instance started", null, ct);
        return TypedResults.Created($"/api/instances/{view.Id}", InstanceResponse.From(view, shown));
    }

    private static async Task<Ok<PagedResponse<InstanceSummary>>> QueryAsync(
        string? definitionKey, string? status, string? businessKey, int? page, int? pageSize, ProcessEngine engine, CancellationToken ct)
    {
        var paging = QueryValues.Paging(page, pageSize);
        var query = new InstanceQuery
        {
            DefinitionKey = definitionKey,
            Status = QueryValues.Enum<InstanceStatus>("status", status),
            BusinessKey = businessKey,
            Page = paging.Page,
            PageSize = paging.PageSize,
        };
        var result = await engine.QueryInstancesAsync(query, ct);
        return TypedResults.Ok(PagedResponse<InstanceSummary>.From(result, InstanceSummary.From));
    }

    private static async Task<Ok<InstanceResponse>> GetAsync(Guid id, ProcessEngine engine, ProcessDataAccess data, ICurrentUser caller, CancellationToken ct)
    {
        var view = await FindAsync(engine, id, ct);
        return TypedResults.Ok(InstanceResponse.From(view, await data.ReadAsync(view, caller, "instance read", null, ct)));
    }

    private static async Task<Ok<List<HistoryEntryResponse>>> HistoryAsync(
        Guid id, ProcessEngine engine, ProcessDataAccess data, ICurrentUser caller, CancellationToken ct)
    {
        var view = await FindAsync(engine, id, ct);
        var shown = await data.ReadAsync(view, caller, "instance history read", null, ct);
        var history = await engine.GetHistoryAsync(id, ct);
        return TypedResults.Ok(history.Select(h => HistoryEntryResponse.From(shown.Shown(h))).ToList());
    }

    private static async Task<Ok<InstanceResponse>> CancelAsync(
        Guid id, string? reason, [FromBody] CancelInstanceRequest? body, ProcessEngine engine, ProcessDataAccess data, ICurrentUser caller, ApiLog log,
        CancellationToken ct)
    {
        var why = new[] { reason, body?.Reason }.FirstOrDefault(r => !string.IsNullOrWhiteSpace(r)) ?? DefaultCancelReason;
        await engine.CancelAsync(id, why, ct);
        log.InstanceCancelled(id);
        var view = await FindAsync(engine, id, ct);
        return TypedResults.Ok(InstanceResponse.From(view, await data.ReadAsync(view, caller, "instance cancelled", null, ct)));
    }

    private static async Task<InstanceView> FindAsync(ProcessEngine engine, Guid id, CancellationToken ct) =>
        await engine.GetInstanceAsync(id, ct) ?? throw EngineException.NotFound($"No instance {id}.");
}
