using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Security;
using Samverkan.Rules.Parameters;

namespace Samverkan.Host.Api.Parameters;

/// <summary>/api/parameters: the typed values rule sets and process expressions read, and managers' changes to them.</summary>
internal static class ParametersApi
{
    public static void MapParametersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parameters").WithTags("Parameters").WithLogScope("name", "Parameter");

        group.MapGet("/", ListAsync)
            .RequireAuthorization(Policies.ReadParameters)
            .WithName("ListParameters")
            .WithSummary("Every parameter with the value in force now, or ?asOf= (an ISO-8601 date or date-time, Stockholm time unless it has an offset)")
            .ProducesProblems(400);

        group.MapGet("/{name}", GetAsync)
            .RequireAuthorization(Policies.ReadParameters)
            .WithName("GetParameter")
            .WithSummary("A parameter: its kind, description, the value in force now (or ?asOf=) and every change, oldest first")
            .ProducesProblems(400, 404);

        group.MapPut("/{name}", ChangeAsync)
            .RequireAuthorization(Policies.Manage)
            .WithName("ChangeParameter")
            .WithSummary("Change a parameter's value from now or from effectiveFrom; the signed-in user (changedBy; a body value is ignored) and the reason are recorded. "
                + "422 when the value does not fit the kind")
            .WithDescription("Rule sets and process expressions (${params.name}) see the change from their next evaluation, on every node, " +
                "without a restart. The value is JSON of the parameter's kind: Duration \"P14D\", DayCount 5, WeekRanges " +
                "[\"2025-W25..2025-W32\"], StringList [\"polis\"], Number 0.5, Text \"...\".")
            .ProducesProblems(400, 404, 422);
    }

    private static async Task<Ok<List<ParameterResponse>>> ListAsync(string? asOf, IParameterService parameters, TimeProvider clock, CancellationToken ct)
    {
        var at = QueryValues.Instant("asOf", asOf) ?? clock.GetUtcNow();
        var list = await parameters.ListAsync(at, ct);
        return TypedResults.Ok(list.Select(p => ParameterResponse.From(p, at)).ToList());
    }

    private static async Task<Ok<ParameterDetailResponse>> GetAsync(string name, string? asOf, IParameterService parameters, TimeProvider clock, CancellationToken ct)
    {
        var at = QueryValues.Instant("asOf", asOf) ?? clock.GetUtcNow();
        var info = await parameters.GetAsync(name, at, ct) ?? throw new ParameterNotFoundException(name);
        var history = await parameters.GetHistoryAsync(name, ct);
        return TypedResults.Ok(ParameterDetailResponse.From(info, at, history));
    }

    private static async Task<Results<Ok<ParameterChangeResponse>, ProblemHttpResult>> ChangeAsync(
        string name, ChangeParameterRequest body, IParameterService parameters, ICurrentUser caller, ApiLog log, CancellationToken ct)
    {
        var effectiveFrom = QueryValues.Instant("effectiveFrom", body.EffectiveFrom);
        _ = await parameters.GetAsync(name, null, ct) ?? throw new ParameterNotFoundException(name);
        if (string.IsNullOrWhiteSpace(body.Reason))
        {
            return ApiProblems.Result(StatusCodes.Status422UnprocessableEntity, "A change needs a reason; nothing was changed.",
                new[] { ProblemError.ForField("reason", "Why the change is made must be given.") }, "The change is incomplete");
        }
        // Recorded as made by whoever signed in, not by a name the request gives.
        var change = await parameters.ChangeAsync(name, new ParameterChangeRequest(body.Value, caller.UserId!, body.Reason.Trim(), effectiveFrom), ct);
        log.ParameterChanged(name, change.Id, change.EffectiveFrom);
        return TypedResults.Ok(ParameterChangeResponse.From(change));
    }
}
