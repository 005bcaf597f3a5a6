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
            .WithSummary("The signed-in user's notifications, newest first; unreadOnly=true keeps the unread ones. A process's own words are "
                + "shown only to a reader who may see its case's data (see docs/process-data.md), others get the kind's general words")
            .ProducesProblems(400, 401, 403);

        group.MapPost("/{id:guid}/read", MarkReadAsync)
            .WithName("MarkNotificationRead")
            .WithSummary("Mark one of the signed-in user's notifications read; reading it again keeps the first time")
            .ProducesProblems(401, 404);

        group.MapPost("/read-all", MarkAllReadAsync)
            .WithName("MarkAllNotificationsRead")
            .WithSummary("Mark every unread notification of the signed-in user read")
            .ProducesProblems(401, 403);
        return app;
    }

    private static async Task<Results<Ok<NotificationPageResponse>, ProblemHttpResult>> ListAsync(
        string? user, bool? unreadOnly, int? page, int? pageSize, NotificationInbox inbox, NotificationShield shield, ICurrentUser caller, CancellationToken ct)
    {
        if (Owner(user, caller) is not { } owner)
        {
            return NotYours();
        }
        var paging = QueryValues.Paging(page, pageSize);
        var (items, total, unread) = await inbox.ListAsync(owner, unreadOnly == true, paging.Page, paging.PageSize, ct);
        var shown = await shield.ShowAsync(items, caller, ct);
        return TypedResults.Ok(new NotificationPageResponse(shown.Select(NotificationResponse.From).ToList(), total, unread, paging.Page, paging.PageSize));
    }

    private static async Task<Results<Ok<NotificationResponse>, ProblemHttpResult>> MarkReadAsync(
        Guid id, NotificationInbox inbox, NotificationShield shield, ICurrentUser caller, CancellationToken ct) =>
        // Someone else's notification is as unknown as one that does not exist.
        await inbox.MarkReadAsync(id, caller.UserId ?? "", ct) is { } notification
            ? TypedResults.Ok(NotificationResponse.From(await shield.ShowAsync(notification, caller, ct)))
            : ApiProblems.Result(StatusCodes.Status404NotFound, $"There is no notification {id}.");

    private static async Task<Results<Ok<ReadAllResponse>, ProblemHttpResult>> MarkAllReadAsync(
        string? user, NotificationInbox inbox, ICurrentUser caller, CancellationToken ct) =>
        Owner(user, caller) is { } owner
            ? TypedResults.Ok(new ReadAllResponse(await inbox.MarkAllReadAsync(owner, ct)))
            : NotYours();

    /// <summary>The signed-in user; <paramref name="user"/>, kept for older clients, may only name them.</summary>
    private static string? Owner(string? user, ICurrentUser caller) =>
        string.IsNullOrWhiteSpace(user) || string.Equals(user.Trim(), caller.UserId, StringComparison.Ordinal) ? caller.UserId : null;

    private static ProblemHttpResult NotYours() =>
        ApiProblems.Result(StatusCodes.Status403Forbidden, "A user reads and marks only their own notifications.");
}
