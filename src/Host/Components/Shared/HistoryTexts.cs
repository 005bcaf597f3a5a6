using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Shared;

/// <summary>The engine's history entries in Swedish: each kind's name (the instance page) or a sentence about a step (the task page).</summary>
internal static class HistoryTexts
{
    public static string Kind(string type) => type switch
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
        HistoryTypes.ConditionMet => "Villkor uppfylldes",
        HistoryTypes.DecisionEvaluated => "Regel utvärderades",
        HistoryTypes.JobFailed => "Jobb misslyckades",
        HistoryTypes.IncidentCreated => "Incident uppstod",
        HistoryTypes.IncidentResolved => "Incident löstes",
        HistoryTypes.VariablesSet => "Variabler ändrades",
        HistoryTypes.CompensationThrown => "Kompensering kastades",
        HistoryTypes.CompensationStarted => "Kompensering påbörjades",
        HistoryTypes.TransactionCancelled => "Transaktionen avbröts",
        HistoryTypes.AsyncSavepoint => "Sparpunkt: fortsätter i bakgrunden",
        HistoryTypes.InstanceSuspended => "Instansen pausades",
        HistoryTypes.InstanceResumed => "Instansen återupptogs",
        HistoryTypes.InstanceMigrated => "Instansen flyttades till en annan version",
        HistoryTypes.TokenMoved => "Ärendet flyttades för hand",
        HistoryTypes.VariableChanged => "Variabel ändrades för hand",
        _ => type,
    };

    /// <summary>The sentence for an entry, naming its step and who acted; null for the engine's bookkeeping.</summary>
    public static string? Sentence(HistoryEntry record, IReadOnlyDictionary<string, string> names, string? currentUser)
    {
        var element = record.ElementId is { } id ? names.GetValueOrDefault(id, id) : "";
        var who = record.Detail is { Length: > 0 } detail ? (detail == currentUser ? "dig" : detail) : "okänd";
        return record.Type switch
        {
            HistoryTypes.InstanceStarted => "Processen startade",
            HistoryTypes.InstanceCompleted => "Processen avslutades",
            HistoryTypes.InstanceCancelled => "Processen avbröts",
            HistoryTypes.TaskCreated => $"Uppgiften ”{element}” skapades",
            HistoryTypes.TaskClaimed => $"”{element}” togs av {who}",
            HistoryTypes.TaskUnclaimed => $"”{element}” lämnades tillbaka",
            HistoryTypes.TaskCompleted => $"”{element}” slutfördes av {who}",
            HistoryTypes.DecisionEvaluated => $"Regeln i ”{element}” bedömdes",
            HistoryTypes.TimerFired => $"Tidsfristen i ”{element}” löpte ut",
            HistoryTypes.MessageCorrelated => $"Meddelande togs emot i ”{element}”",
            HistoryTypes.SignalReceived => $"Signal togs emot i ”{element}”",
            HistoryTypes.EscalationThrown => $"Eskalering från ”{element}”",
            HistoryTypes.ConditionMet => $"Villkoret i ”{element}” uppfylldes",
            HistoryTypes.ErrorThrown => $"Fel signalerades i ”{element}”",
            HistoryTypes.CompensationStarted => $"”{element}” påbörjades för att ångra ett slutfört steg",
            HistoryTypes.TransactionCancelled => $"Transaktionen ”{element}” avbröts",
            HistoryTypes.IncidentCreated => $"Incident i ”{element}”",
            HistoryTypes.IncidentResolved => $"Incidenten i ”{element}” löstes",
            _ => null,
        };
    }

    /// <summary>Entries that tell of trouble: an incident, a failed job, a thrown error, a cancelled instance.</summary>
    public static bool IsTrouble(string type) =>
        type is HistoryTypes.IncidentCreated or HistoryTypes.JobFailed or HistoryTypes.ErrorThrown or HistoryTypes.InstanceCancelled;
}
