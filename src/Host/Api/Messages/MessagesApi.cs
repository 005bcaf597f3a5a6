using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Api.Cases;
using Samverkan.Host.Cases;
using Samverkan.Host.Cases.ProcessData;
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
            .WithSummary("Deliver a message; 404 when nothing waits for it and no process starts with it, 409 when several wait and all is not set, "
                + "403 when the business key is a case the caller's organisation does not take part in")
            .ProducesProblems(400, 403, 404, 409, 422);
    }

    private static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> CorrelateAsync(
        MessageRequest body, ProcessEngine engine, CaseFinder cases, ICurrentUser caller, ApiLog log, CancellationToken ct)
    {
        if (await cases.FindAsync([body.BusinessKey], ct) is { } found && !CaseAccess.TakesPart(found.Case, caller))
        {
            return CaseProblems.NotTakingPart("businessKey");
        }
        var result = await engine.CorrelateMessageAsync(body.Name, body.BusinessKey, JsonVariables.ToEngine(body.Correlation),
            JsonVariables.ToEngine(body.Variables), body.All, body.CorrelationKey, ct);
        log.MessageCorrelated(body.Name, result.InstanceIds.Count, result.StartedInstance);
        return TypedResults.Ok(new MessageResponse(result.InstanceIds, result.StartedInstance));
    }
}
