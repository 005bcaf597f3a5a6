using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications.Api;

/// <summary>A notification as the API and the live push show it.</summary>
public sealed record NotificationResponse(
    Guid Id,
    string UserId,
    string Kind,
    string Title,
    string Body,
    Guid? TaskId,
    Guid? InstanceId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt)
{
    public static NotificationResponse From(NotificationRecord n) =>
        new(n.Id, n.UserId, n.Kind.ToString(), n.Title, n.Body, n.TaskId, n.InstanceId, n.CreatedAt, n.ReadAt);
}
