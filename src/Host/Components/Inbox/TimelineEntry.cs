using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Inbox;

/// <summary>One line of an instance's history as a person reads it; <see cref="Kind"/> picks its icon.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Kind, string Text)
{
    /// <summary>The entry for a history record, or null for the engine's bookkeeping (entering and leaving each element).</summary>
    public static TimelineEntry? From(HistoryEntry record, IReadOnlyDictionary<string, string> names, string? currentUser)
    {
        var element = record.ElementId is { } id ? names.GetValueOrDefault(id, id) : "";
        var who = record.Detail is { Length: > 0 } detail ? (detail == currentUser ? "dig" : detail) : "okänd";
        string? text = record.Type switch
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
            HistoryTypes.ErrorThrown => $"Fel signalerades i ”{element}”",
            HistoryTypes.IncidentCreated => $"Incident i ”{element}”",
            HistoryTypes.IncidentResolved => $"Incidenten i ”{element}” löstes",
            _ => null,
        };
        return text is null ? null : new TimelineEntry(record.At, record.Type, text);
    }
}
