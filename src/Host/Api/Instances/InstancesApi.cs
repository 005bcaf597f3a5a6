using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Samverkan.Host.Api.Cases;
using Samverkan.Host.Cases;
using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Security;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Api.Instances;

/// <summary>/api/instances: start, find, inspect and cancel process instances.</summary>
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
    }

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
