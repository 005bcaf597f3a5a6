using Microsoft.AspNetCore.Http.HttpResults;

namespace Samverkan.Host.Notifications.Api;

/// <summary>/api/notifications: a user's notifications, newest first; mark one or all read.</summary>
internal static class NotificationsApi
{
    public const int MaxPageSize = 100;
    private const int DefaultPageSize = 20;

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications");

        group.MapGet("/", ListAsync)
            .WithName("ListNotifications")
            .WithSummary("A user's notifications, newest first; unreadOnly=true keeps the unread ones")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/{id:guid}/read", MarkReadAsync)
            .WithName("MarkNotificationRead")
            .WithSummary("Mark one notification read; reading it again keeps the first time")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/read-all", MarkAllReadAsync)
            .WithName("MarkAllNotificationsRead")
            .WithSummary("Mark every unread notification of a user read")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<Results<Ok<NotificationPageResponse>, ProblemHttpResult>> ListAsync(
        string? user, bool? unreadOnly, int? page, int? pageSize, NotificationInbox inbox, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(user))
        {
            return MissingUser();
        }
        var (pageNumber, size) = (page ?? 1, pageSize ?? DefaultPageSize);
        if (pageNumber < 1 || size is < 1 or > MaxPageSize)
        {
            return Problem(StatusCodes.Status400BadRequest, $"page must be 1 or more and pageSize from 1 to {MaxPageSize}.");
        }
        var (items, total, unread) = await inbox.ListAsync(user.Trim(), unreadOnly == true, pageNumber, size, ct);
        return TypedResults.Ok(new NotificationPageResponse(items.Select(NotificationResponse.From).ToList(), total, unread, pageNumber, size));
    }

    private static async Task<Results<Ok<NotificationResponse>, ProblemHttpResult>> MarkReadAsync(Guid id, NotificationInbox inbox, CancellationToken ct) =>
        await inbox.MarkReadAsync(id, ct) is { } notification
            ? TypedResults.Ok(NotificationResponse.From(notification))
            : Problem(StatusCodes.Status404NotFound, $"There is no notification {id}.");

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
        Problem(StatusCodes.Status400BadRequest, "The query parameter 'user' is required.");

    private static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status);
}
