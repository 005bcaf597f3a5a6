namespace Samverkan.Host.Persistence.Notifications;

/// <summary>What a notification is about; decides its default Swedish title and its e-mail subject.</summary>
public enum NotificationKind
{
    TaskAssigned,
    Reminder,
    Overdue,
    Escalation,
    RedThreadPull,
    MeetingInvitation,
    ConsentWithdrawn,
    Info,
    PlanUpdated,
}
