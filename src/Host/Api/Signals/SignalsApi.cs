using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Security;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Api.Signals;

/// <summary>/api/signals: broadcast a signal to every instance waiting for it.</summary>
internal static class SignalsApi
{
    public static void MapSignalsApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/signals").WithTags("Signals").RequireAuthorization(Policies.Operate)
            .MapPost("/", BroadcastAsync)
            .WithName("BroadcastSignal")
            .WithSummary("Broadcast a signal to every element waiting for it")
            .ProducesProblems(400, 422);
    }

    private static async Task<Ok<SignalResponse>> BroadcastAsync(SignalRequest body, ProcessEngine engine, ApiLog log, CancellationToken ct)
    {
        var reached = await engine.BroadcastSignalAsync(body.Name, JsonVariables.ToEngine(body.Variables), ct);
        log.SignalBroadcast(body.Name, reached.Count);
        return TypedResults.Ok(new SignalResponse(reached));
    }
}
