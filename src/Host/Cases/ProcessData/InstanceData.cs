using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Cases.ProcessData;

/// <summary>An instance's data as one reader may see it: its variables (masked or not) and its free texts through <see cref="Text"/>.</summary>
public sealed record InstanceData(Disclosure Disclosure, MaskedVariables Variables)
{
    public bool DeIdentified => !Disclosure.ShowsValues;

    /// <summary>An end reason, history detail or incident message: as written, or with anything like a personnummer masked.</summary>
    public string? Text(string? text) => Disclosure.ShowsValues ? text : ProcessDataMask.Text(text);

    public HistoryEntry Shown(HistoryEntry entry) =>
        Disclosure.ShowsValues ? entry : new HistoryEntry
        {
            Id = entry.Id, InstanceId = entry.InstanceId, At = entry.At, Type = entry.Type, ElementId = entry.ElementId,
            ElementInstanceId = entry.ElementInstanceId, Detail = Text(entry.Detail),
        };
}
