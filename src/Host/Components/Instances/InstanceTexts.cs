using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Instances;

/// <summary>The engine's statuses and history entry kinds in Swedish.</summary>
internal static class InstanceTexts
{
    public static string Status(InstanceStatus status) => status switch
    {
        InstanceStatus.Active => "Pågående",
        InstanceStatus.Completed => "Avslutad",
        InstanceStatus.Cancelled => "Avbruten",
        _ => status.ToString(),
    };

    public static string History(string type) => type switch
    {
        HistoryTypes.InstanceStarted => "Instansen startade",
        HistoryTypes.InstanceCompleted => "Instansen avslutades",
        HistoryTypes.InstanceCancelled => "Instansen avbröts",
        HistoryTypes.ElementEntered => "Steget påbörjades",
        HistoryTypes.ElementCompleted => "Steget slutfördes",
        HistoryTypes.ElementTerminated => "Steget avbröts",
        HistoryTypes.TaskCreated => "Uppgift skapad",
        HistoryTypes.TaskClaimed => "Uppgiften togs",
        HistoryTypes.TaskUnclaimed => "Uppgiften lämnades tillbaka",
        HistoryTypes.TaskCompleted => "Uppgiften slutfördes",
        HistoryTypes.TimerFired => "Timer löste ut",
        HistoryTypes.MessageCorrelated => "Meddelande togs emot",
        HistoryTypes.SignalReceived => "Signal togs emot",
        HistoryTypes.ErrorThrown => "Fel kastades",
        HistoryTypes.EscalationThrown => "Eskalering kastades",
        HistoryTypes.DecisionEvaluated => "Regel utvärderades",
        HistoryTypes.JobFailed => "Jobb misslyckades",
        HistoryTypes.IncidentCreated => "Incident uppstod",
        HistoryTypes.IncidentResolved => "Incident löstes",
        HistoryTypes.VariablesSet => "Variabler ändrades",
        _ => type,
    };

    /// <summary>Entries that tell of trouble get the error colour on the timeline, ends the success colour.</summary>
    public static bool IsTrouble(HistoryEntry entry) =>
        entry.Type is HistoryTypes.IncidentCreated or HistoryTypes.JobFailed or HistoryTypes.ErrorThrown or HistoryTypes.InstanceCancelled;

    /// <summary>What the engine refused, in Swedish (its own messages are English and meant for developers).</summary>
    public static string Error(EngineException error, string what) => error.Kind switch
    {
        EngineErrorKind.NotFound => $"{what} gick inte: instansen eller incidenten finns inte längre.",
        EngineErrorKind.Conflict when error.Message.Contains("call activity", StringComparison.Ordinal) =>
            $"{what} gick inte: instansen startades av en annan instans. Avbryt den i stället.",
        EngineErrorKind.Conflict => $"{what} gick inte: instansen har redan avslutats eller ändrats under tiden. Ladda om sidan.",
        _ => $"{what} gick inte: motorn godtog inte ändringen.",
    };
}
