using Samverkan.Host.Notifications;
using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Reminders;

/// <summary>The Swedish words of task reminders and overdue notices; no case details, only the task's name and due time.</summary>
internal static class TaskReminderTexts
{
    public static string Title(NotificationKind kind, string taskName) =>
        kind == NotificationKind.Overdue ? $"Försenad uppgift: {taskName}" : $"Påminnelse: {taskName}";

    public static string Body(NotificationKind kind, string taskName, DateTimeOffset dueAt) =>
        kind == NotificationKind.Overdue
            ? $"Uppgiften ”{taskName}” skulle ha varit klar {SwedishTime.Format(dueAt)} och är fortfarande öppen."
            : $"Uppgiften ”{taskName}” ska vara klar senast {SwedishTime.Format(dueAt)}.";
}
