using Samverkan.Workflows.Model;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Shared;

/// <summary>One entry of an instance's history on <see cref="InstanceTimeline"/>: what happened, at which step, and a detail.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Type, string What, string? Element = null, string? Detail = null)
{
    /// <summary>The line as shown: what happened and, when there is one, the step.</summary>
    public string Text => Element is null ? What : $"{What}: {Element}";

    /// <summary>Entries that tell of trouble get the error colour on the timeline.</summary>
    public bool Trouble => HistoryTexts.IsTrouble(Type);

    /// <summary>Any entry as the engine recorded it (the instance page): its kind in Swedish, the step's name, the detail masked like a variable.</summary>
    public static TimelineEntry From(HistoryEntry entry, ProcessModel? model) =>
        new(entry.At, entry.Type, HistoryTexts.Kind(entry.Type),
            entry.ElementId is null || entry.ElementId == model?.Id ? null : ProcessElementNames.Of(model, entry.ElementId),
            entry.Detail is null ? null : VariableMask.Display("", entry.Detail));

    /// <summary>
    /// The entry as one sentence a caseworker reads (the task page), or null for the engine's bookkeeping (entering and
    /// leaving each element).
    /// </summary>
    public static TimelineEntry? AsSentence(HistoryEntry record, IReadOnlyDictionary<string, string> names, string? currentUser) =>
        HistoryTexts.Sentence(record, names, currentUser) is { } text ? new TimelineEntry(record.At, record.Type, text) : null;
}
