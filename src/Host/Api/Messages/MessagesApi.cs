using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Security;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Api.Messages;

/// <summary>/api/messages: deliver a message to a waiting instance, or start one.</summary>
internal static class MessagesApi
{
    public static void MapMessagesApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/messages").WithTags("Messages").RequireAuthorization(Policies.Work)
            .MapPost("/", CorrelateAsync)
            .WithName("CorrelateMessage")
            .WithSummary("Deliver a message; 404 when nothing waits for it and no process starts with it, 409 when several wait and all is not set")
            .ProducesProblems(400, 404, 409, 422);
    }

    private static async Task<Ok<MessageResponse>> CorrelateAsync(MessageRequest body, ProcessEngine engine, ApiLog log, CancellationToken ct)
    {
        var result = await engine.CorrelateMessageAsync(body.Name, body.BusinessKey, JsonVariables.ToEngine(body.Correlation),
            JsonVariables.ToEngine(body.Variables), body.All, ct);
        log.MessageCorrelated(body.Name, result.InstanceIds.Count, result.StartedInstance);
        return TypedResults.Ok(new MessageResponse(result.InstanceIds, result.StartedInstance));
    }
}
