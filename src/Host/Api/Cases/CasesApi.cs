using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Cases;
using Samverkan.Host.Security;

namespace Samverkan.Host.Api.Cases;

/// <summary>/api/cases: register a case, read it (identified or de-identified for the caller), find cases by exact personnummer.</summary>
internal static class CasesApi
{
    public static void MapCasesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cases").WithTags("Cases").WithLogScope("id", "CaseId").WithCaseProblems()
            .RequireAuthorization(Policies.Work);

        group.MapPost("/", CreateAsync)
            .WithName("CreateCase")
            .WithSummary("Register a case, with an individual (personnummer, name) or de-identified; needs a signed-in user")
            .ProducesProblems(400, 401, 422);

        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetCase")
            .WithSummary("A case: identified only when the caller's organisation takes part and a consent that holds names it, else de-identified; taskId says why it is read")
            .ProducesProblems(400, 404, 422);

        group.MapGet("/", FindAsync)
            .WithName("FindCases")
            .WithSummary("The cases of exactly this personnummer that the caller may see identified; there is no partial or name search")
            .ProducesProblems(400, 401, 422);
    }

    private static async Task<Created<CaseResponse>> CreateAsync(CreateCaseRequest body, CaseService cases, ICurrentUser user, CancellationToken ct)
    {
        var view = await cases.CreateAsync(new NewCase(body.Organisations, body.Title, body.Person?.Personnummer, body.Person?.Name), user, ct);
        return TypedResults.Created($"/api/cases/{view.Case.Id}", CaseResponse.From(view));
    }

    private static async Task<Ok<CaseResponse>> GetAsync(Guid id, Guid? taskId, CaseService cases, ICurrentUser user, CancellationToken ct) =>
        TypedResults.Ok(CaseResponse.From(await cases.GetAsync(id, taskId, user, ct)));

    private static async Task<Results<Ok<List<CaseResponse>>, ProblemHttpResult>> FindAsync(
        string? personnummer, CaseService cases, ICurrentUser user, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(personnummer))
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, "The query parameter 'personnummer' is required; cases are found by exact personnummer only.");
        }
        var found = await cases.FindAsync(personnummer, user, ct);
        return TypedResults.Ok(found.Select(CaseResponse.From).ToList());
    }
}
