using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications;

/// <summary>What a notification from a process says to a reader who may not see its case's data.</summary>
public static class NotificationWithholding
{
    /// <summary>A copy (not for saving) with the kind's own words instead of the process's: it tells that something happened, not what.</summary>
    public static NotificationRecord Withheld(this NotificationRecord notification) =>
        notification.WithText(NotificationTexts.DefaultTitle(notification.Kind), NotificationTexts.DefaultBody);

    /// <summary>As a live push shows it: one from the process is withheld, since a push cannot wait for a decision about its reader.</summary>
    public static NotificationRecord ForPush(this NotificationRecord notification) =>
        notification.FromProcess ? notification.Withheld() : notification;
}
