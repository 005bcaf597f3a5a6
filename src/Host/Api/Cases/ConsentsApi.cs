using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Cases;
using Samverkan.Host.Security;

namespace Samverkan.Host.Api.Cases;

/// <summary>/api/cases/{id}/consents and /api/consents: register, list and withdraw an individual's consents.</summary>
internal static class ConsentsApi
{
    public static void MapConsentsApi(this RouteGroupBuilder api)
    {
        var ofCase = api.MapGroup("/cases/{id:guid}/consents").WithTags("Consents").WithLogScope("id", "CaseId").WithCaseProblems()
            .RequireAuthorization(Policies.Work);

        ofCase.MapPost("/", GiveAsync)
            .WithName("GiveConsent")
            .WithSummary("Register the consent of the case's individual: recipients (organisation ids), data categories, validity, given by Self or Guardian (under 18)")
            .ProducesProblems(400, 401, 403, 404, 409, 422);

        ofCase.MapGet("/", ListAsync)
            .WithName("ListConsents")
            .WithSummary("Every consent of the case's individual, newest first; for organisations that take part")
            .ProducesProblems(401, 403, 404);

        api.MapGroup("/consents").WithTags("Consents").WithLogScope("id", "ConsentId").WithCaseProblems()
            .RequireAuthorization(Policies.Work)
            .MapPost("/{id:guid}/withdraw", WithdrawAsync)
            .WithName("WithdrawConsent")
            .WithSummary("Withdraw a consent at once: later reads are de-identified, and the individual's running processes get the message samtyckeAterkallat")
            .ProducesProblems(401, 403, 404, 409);
    }

    private static async Task<Created<ConsentResponse>> GiveAsync(
        Guid id, GiveConsentRequest body, ConsentService consents, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var consent = await consents.GiveAsync(id, new NewConsent(body.Recipients, body.Categories, body.ValidFrom, body.ValidTo, body.GivenBy), user, ct);
        return TypedResults.Created($"/api/cases/{id}/consents", ConsentResponse.From(consent, clock.GetUtcNow()));
    }

    private static async Task<Ok<List<ConsentResponse>>> ListAsync(Guid id, ConsentService consents, ICurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return TypedResults.Ok((await consents.ListAsync(id, user, ct)).Select(c => ConsentResponse.From(c, now)).ToList());
    }

    private static async Task<Ok<ConsentResponse>> WithdrawAsync(Guid id, ConsentService consents, ICurrentUser user, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(ConsentResponse.From(await consents.WithdrawAsync(id, user, ct), clock.GetUtcNow()));
}
