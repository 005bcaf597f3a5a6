using Samverkan.Host.Persistence.Notifications;
using Samverkan.Host.Components.Shared;

namespace Samverkan.Host.Notifications.Email;

/// <summary>
/// The e-mail's words. Subject and body are the same for everyone and name no person and no case: mail leaves the
/// system, so it only says that there is something to read and where.
/// </summary>
internal static class EmailTexts
{
    public static string Subject(NotificationKind kind) => kind switch
    {
        NotificationKind.TaskAssigned => "Ny uppgift i Samverkan",
        NotificationKind.Reminder => "Påminnelse från Samverkan",
        NotificationKind.Overdue => "En uppgift i Samverkan är försenad",
        NotificationKind.Escalation => "Ett ärende i Samverkan har lyfts",
        NotificationKind.RedThreadPull => "Det röda snöret har dragits i Samverkan",
        NotificationKind.MeetingInvitation => "Kallelse till möte i Samverkan",
        NotificationKind.ConsentWithdrawn => "Ett samtycke har återkallats i Samverkan",
        NotificationKind.PlanUpdated => "En SIP-plan har uppdaterats i Samverkan",
        _ => "Nytt meddelande i Samverkan",
    };

    public static string Body(NotificationKind kind, string link) =>
        $"""
        Hej!

        {Lead(kind)}

        Av integritetsskäl står inget om ärendet i det här mejlet. Logga in i Samverkan för att läsa mer:
        {link}

        Det här mejlet skickas automatiskt och går inte att svara på.
        """;

    /// <summary>A task's page when there is one, else the user's notifications.</summary>
    public static string Link(string publicBaseUrl, Guid? taskId) =>
        publicBaseUrl.TrimEnd('/') + (taskId is { } id ? WebRoutes.Task(id) : WebRoutes.Notifications);

    private static string Lead(NotificationKind kind) => kind switch
    {
        NotificationKind.TaskAssigned => "Du har fått en ny uppgift i Samverkan.",
        NotificationKind.Reminder => "Du har en påminnelse i Samverkan.",
        NotificationKind.Overdue => "En uppgift som rör dig har passerat sitt sista datum.",
        NotificationKind.Escalation => "Ett ärende har lyfts och väntar på er nivå.",
        NotificationKind.RedThreadPull => "Det röda snöret har dragits och ett ärende väntar på er.",
        NotificationKind.MeetingInvitation => "Du är kallad till ett möte. Tid och plats står i den bifogade kalenderinbjudan.",
        NotificationKind.ConsentWithdrawn => "Ett samtycke har återkallats och informationsdelningen i ärendet har stoppats.",
        NotificationKind.PlanUpdated => "En samordnad individuell plan som du deltar i har upprättats eller följts upp.",
        _ => "Du har ett nytt meddelande i Samverkan.",
    };
}
