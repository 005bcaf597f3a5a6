using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications;

/// <summary>The Swedish words of notifications that Samverkan writes itself; they stay in the system.</summary>
internal static class NotificationTexts
{
    public static string DefaultTitle(NotificationKind kind) => kind switch
    {
        NotificationKind.TaskAssigned => "Ny uppgift",
        NotificationKind.Reminder => "Påminnelse",
        NotificationKind.Overdue => "Försenad uppgift",
        NotificationKind.Escalation => "Ärendet har lyfts",
        NotificationKind.RedThreadPull => "Det röda snöret har dragits",
        NotificationKind.MeetingInvitation => "Kallelse till möte",
        NotificationKind.ConsentWithdrawn => "Samtycket har återkallats",
        NotificationKind.PlanUpdated => "SIP-planen har uppdaterats",
        _ => "Meddelande",
    };

    public const string DefaultBody = "Öppna ärendet i Samverkan för att se mer.";

    public static string NewTask(string taskName, DateTimeOffset? dueAt) =>
        $"Uppgiften ”{taskName}” väntar i din inkorg.{Due(dueAt)}";

    public static string AssignedTask(string taskName, DateTimeOffset? dueAt) =>
        $"Uppgiften ”{taskName}” har tilldelats dig.{Due(dueAt)}";

    public static string Meeting(MeetingDetails meeting)
    {
        var sameDay = SwedishTime.ToStockholm(meeting.Start).Date == SwedishTime.ToStockholm(meeting.End).Date;
        var end = sameDay ? SwedishTime.FormatTime(meeting.End) : SwedishTime.Format(meeting.End);
        return $"Du är kallad till ”{meeting.Subject}” {SwedishTime.Format(meeting.Start)}–{end}, {meeting.Location}.";
    }

    private static string Due(DateTimeOffset? dueAt) =>
        dueAt is { } due ? $" Sista dag: {SwedishTime.Format(due)}." : "";
}
