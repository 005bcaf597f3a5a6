using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Security;
using Samverkan.Host.Security.Accounts;

namespace Samverkan.Host.Api.Users;

/// <summary>/api/users: local accounts, for administrators only (with an identity provider, it administers them).</summary>
internal static class UsersApi
{
    public static void MapUsersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").WithLogScope("id", "UserId");

        group.MapGet("/", ListAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("ListUsers")
            .WithSummary("Every local account with its roles, organisations, explicit task groups and whether it is locked out")
            .ProducesProblems(401, 403);

        group.MapPost("/", CreateAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateUser")
            .WithSummary("Create a local account; the e-mail is its id")
            .ProducesProblems(400, 401, 403, 422);

        group.MapPut("/{id}", ChangeAsync)
            .RequireAuthorization(Policies.Admin)
            .WithName("ChangeUser")
            .WithSummary("Set an account's display name, roles, organisations and task groups (left out: kept), and lock or unlock it")
            .ProducesProblems(400, 401, 403, 404, 422);
    }

    private static async Task<Ok<List<UserResponse>>> ListAsync(AccountAdministration accounts, CancellationToken ct) =>
        TypedResults.Ok((await accounts.ListAsync(ct)).Select(From).ToList());

    private static async Task<Results<Created<UserResponse>, ProblemHttpResult>> CreateAsync(CreateUserRequest body, AccountAdministration accounts)
    {
        var (account, errors) = await accounts.CreateAsync(body.Email, body.Password, new(body.DisplayName, body.Roles, body.Organisations, body.Groups));
        return account is null
            ? Refused(errors)
            : TypedResults.Created($"/api/users/{Uri.EscapeDataString(account.User.Id)}", From(account));
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> ChangeAsync(string id, ChangeUserRequest body, AccountAdministration accounts)
    {
        var (account, errors) = await accounts.ChangeAsync(id, new(body.DisplayName, body.Roles, body.Organisations, body.Groups), body.Locked);
        if (account is not null)
        {
            return TypedResults.Ok(From(account));
        }
        return errors.Count == 0 ? ApiProblems.Result(StatusCodes.Status404NotFound, "There is no such account.") : Refused(errors);
    }

    private static ProblemHttpResult Refused(IReadOnlyList<(string Field, string Message)> errors) =>
        ApiProblems.Unprocessable("The account cannot be saved as given; nothing was changed.", errors);

    private static UserResponse From(AccountAdministration.Account a) =>
        new(a.User.Id, a.User.Email ?? a.User.Id, a.DisplayName, a.Roles, a.Organisations, a.Groups, a.LockedOut);
}
