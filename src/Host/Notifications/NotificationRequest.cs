using Samverkan.Host.Notifications.Recipients;
using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications;

/// <summary>What to tell whom: one notification per user, after groups are replaced by their members.</summary>
public sealed record NotificationRequest(NotificationKind Kind, IReadOnlyCollection<RecipientRef> To, string Title, string Body)
{
    public Guid? TaskId { get; init; }
    public Guid? InstanceId { get; init; }
    /// <summary>Title and body were written by the process from its variables, so they may carry its case's data.</summary>
    public bool FromProcess { get; init; }
    /// <summary>Makes creating it again a no-op, e.g. <c>job:{jobId}</c> for a handler job that may run twice.</summary>
    public string? DedupeKey { get; init; }
    /// <summary>For <see cref="NotificationKind.MeetingInvitation"/>: the e-mail carries an .ics invitation.</summary>
    public MeetingDetails? Meeting { get; init; }
}
