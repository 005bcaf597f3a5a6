namespace Samverkan.Host.Notifications.Api;

/// <summary>One page of a user's notifications, newest first, with how many match and how many are unread in all.</summary>
public sealed record NotificationPageResponse(IReadOnlyList<NotificationResponse> Items, int Total, int Unread, int Page, int PageSize);
