using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Security;
using Samverkan.Host.Security.Organisations;

namespace Samverkan.Host.Api.Organisations;

/// <summary>/api/organisations: the parties and the task groups their staff can be in; read by every signed-in user, changed by administrators.</summary>
internal static class OrganisationsApi
{
    public static void MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations").WithLogScope("id", "OrganisationId");

        group.MapGet("/", ListAsync)
            .RequireAuthorization(Policies.SignedIn)
            .WithName("ListOrganisations")
            .WithSummary("Every organisation with the ids of the groups its staff can be in")
            .ProducesProblems(401, 403);

        group.MapPost("/", CreateAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateOrganisation")
            .WithSummary("Add an organisation; its groups must exist")
            .ProducesProblems(400, 401, 403, 422);

        group.MapPut("/{id}", ChangeAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("ChangeOrganisation")
            .WithSummary("Set an organisation's name and groups")
            .ProducesProblems(400, 401, 403, 404, 422);

        group.MapGet("/groups", ListGroupsAsync)
            .RequireAuthorization(Policies.SignedIn)
            .WithName("ListGroups")
            .WithSummary("Every task group (the candidate groups a process can name) with the organisations whose staff can be in it")
            .ProducesProblems(401, 403);

        group.MapPost("/groups", CreateGroupAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateGroup")
            .WithSummary("Add a task group")
            .ProducesProblems(400, 401, 403, 422);

        group.MapPut("/groups/{id}", RenameGroupAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("RenameGroup")
            .WithSummary("Rename a task group; its id stays, as the processes and accounts name it")
            .ProducesProblems(400, 401, 403, 404, 422);
    }

    private static async Task<Ok<IReadOnlyList<Organisation>>> ListAsync(OrganisationDirectory directory, CancellationToken ct) =>
        TypedResults.Ok(await directory.ListAsync(ct));

    private static async Task<Ok<IReadOnlyList<OrganisationGroup>>> ListGroupsAsync(OrganisationDirectory directory, CancellationToken ct) =>
        TypedResults.Ok(await directory.ListGroupsAsync(ct));

    private static async Task<Results<Created<Organisation>, ProblemHttpResult>> CreateAsync(
        CreateOrganisationRequest body, OrganisationDirectory directory, CancellationToken ct)
    {
        var (organisation, errors) = await directory.CreateAsync(body.Id, body.Name, body.Groups ?? [], ct);
        return organisation is null
            ? Refused("organisation", errors)
            : TypedResults.Created($"/api/organisations/{Uri.EscapeDataString(organisation.Id)}", organisation);
    }

    private static async Task<Results<Ok<Organisation>, ProblemHttpResult>> ChangeAsync(
        string id, ChangeOrganisationRequest body, OrganisationDirectory directory, CancellationToken ct)
    {
        var (organisation, errors) = await directory.ChangeAsync(id, body.Name, body.Groups, ct);
        return organisation is not null ? TypedResults.Ok(organisation) : NotFoundOrRefused("organisation", errors);
    }

    private static async Task<Results<Created<OrganisationGroup>, ProblemHttpResult>> CreateGroupAsync(
        CreateGroupRequest body, OrganisationDirectory directory, CancellationToken ct)
    {
        var (group, errors) = await directory.CreateGroupAsync(body.Id, body.Name, ct);
        return group is null
            ? Refused("group", errors)
            : TypedResults.Created($"/api/organisations/groups/{Uri.EscapeDataString(group.Id)}", group);
    }

    private static async Task<Results<Ok<OrganisationGroup>, ProblemHttpResult>> RenameGroupAsync(
        string id, RenameGroupRequest body, OrganisationDirectory directory, CancellationToken ct)
    {
        var (group, errors) = await directory.RenameGroupAsync(id, body.Name, ct);
        return group is not null ? TypedResults.Ok(group) : NotFoundOrRefused("group", errors);
    }

    private static ProblemHttpResult NotFoundOrRefused(string what, IReadOnlyList<(string Field, string Message)> errors) =>
        errors.Count == 0 ? ApiProblems.Result(StatusCodes.Status404NotFound, $"There is no such {what}.") : Refused(what, errors);

    private static ProblemHttpResult Refused(string what, IReadOnlyList<(string Field, string Message)> errors) =>
        ApiProblems.Unprocessable($"The {what} cannot be saved as given; nothing was changed.", errors);
}
