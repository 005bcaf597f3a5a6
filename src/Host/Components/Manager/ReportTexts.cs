using Samverkan.Host.Api.Reports;

namespace Samverkan.Host.Components.Manager;

/// <summary>Report words in Swedish.</summary>
internal static class ReportTexts
{
    public static string Outcome(RedThreadOutcome outcome) => outcome switch
    {
        RedThreadOutcome.Convened => "Parterna kallas",
        RedThreadOutcome.PausedToP2 => "Pausat, samverkansproblem",
        RedThreadOutcome.RoutedToP1 => "Till SIP",
        RedThreadOutcome.Rejected => "Avvisat",
        _ => "Ej bedömt",
    };
}
