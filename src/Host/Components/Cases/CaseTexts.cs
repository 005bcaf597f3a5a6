using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Cases;

/// <summary>The case pages' words: kinds of timeline entry the case adds, meeting answers, consent states.</summary>
public static class CaseTexts
{
    public const string CaseCreated = "CaseCreated";
    public const string ConsentGiven = "ConsentGiven";
    public const string ConsentWithdrawn = "ConsentWithdrawn";
    public const string PlanSaved = "PlanSaved";

    /// <summary>"Kallelse" or "Inbjudan" for the SIP's meeting tasks, null for any other step.</summary>
    public static string? MeetingTaskKind(string elementId) => elementId switch
    {
        "kallelse" => "Kallelse",
        "inbjudan" => "Inbjudan",
        _ => null,
    };

    public static string AnswerStatus(UserTaskView task) => task.Status switch
    {
        UserTaskStatus.Open => "Väntar på svar",
        UserTaskStatus.Completed => $"Bekräftad av {task.CompletedBy ?? "okänd"}",
        _ => "Stängd utan svar",
    };

    public static string ConsentState(bool holds, DateTimeOffset? withdrawnAt) => (holds, withdrawnAt) switch
    {
        (_, not null) => "Återkallat",
        (true, _) => "Gäller",
        _ => "Gäller inte nu",
    };
}
