using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Api;
using Samverkan.Host.Security;

namespace Samverkan.Host.Notifications.Api;

/// <summary>/api/notifications: a user's notifications, newest first; mark one or all read.</summary>
internal static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization(Policies.SignedIn);

        group.MapGet("/", ListAsync)
            .WithName("ListNotifications")
            .WithSummary("A user's notifications, newest first; unreadOnly=true keeps the unread ones")
            .ProducesProblems(400);

        group.MapPost("/{id:guid}/read", MarkReadAsync)
            .WithName("MarkNotificationRead")
            .WithSummary("Mark one notification read; reading it again keeps the first time")
            .ProducesProblems(404);

        group.MapPost("/read-all", MarkAllReadAsync)
            .WithName("MarkAllNotificationsRead")
            .WithSummary("Mark every unread notification of a user read")
            .ProducesProblems(400);
        return app;
    }

    private static async Task<Results<Ok<NotificationPageResponse>, ProblemHttpResult>> ListAsync(
        string? user, bool? unreadOnly, int? page, int? pageSize, NotificationInbox inbox, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(user))
        {
            return MissingUser();
        }
        var paging = QueryValues.Paging(page, pageSize);
        var (items, total, unread) = await inbox.ListAsync(user.Trim(), unreadOnly == true, paging.Page, paging.PageSize, ct);
        return TypedResults.Ok(new NotificationPageResponse(items.Select(NotificationResponse.From).ToList(), total, unread, paging.Page, paging.PageSize));
    }

    private static async Task<Results<Ok<NotificationResponse>, ProblemHttpResult>> MarkReadAsync(Guid id, NotificationInbox inbox, CancellationToken ct) =>
        await inbox.MarkReadAsync(id, ct) is { } notification
            ? TypedResults.Ok(NotificationResponse.From(notification))
            : ApiProblems.Result(StatusCodes.Status404NotFound, $"There is no notification {id}.");

    private static async Task<Results<Ok<ReadAllResponse>, ProblemHttpResult>> MarkAllReadAsync(string? user, NotificationInbox inbox, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(user))
        {
            return MissingUser();
        }
        return TypedResults.Ok(new ReadAllResponse(await inbox.MarkAllReadAsync(user.Trim(), ct)));
    }

    // Until authentication exists, the caller says whose notifications these are.
    private static ProblemHttpResult MissingUser() =>
        ApiProblems.Result(StatusCodes.Status400BadRequest, "The query parameter 'user' is required.");
}
