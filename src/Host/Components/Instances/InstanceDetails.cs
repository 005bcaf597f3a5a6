using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Components.Shared;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Parsing;

namespace Samverkan.Host.Components.Instances;

/// <summary>
/// Everything the instance page shows, built from the engine's records (no personal data unmasked); <see cref="DeIdentified"/>:
/// the reader may not see the case's process data, so every text that can hold it is masked too.
/// </summary>
internal sealed record InstanceDetails(
    InstanceView Instance,
    string ProcessName,
    string Xml,
    InstanceHighlights Highlights,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<VariableRow> Variables,
    ProcessModel? Model,
    bool DeIdentified = false)
{
    public static InstanceDetails Build(InstanceView instance, IReadOnlyList<HistoryEntry> history, DefinitionDetail? definition, InstanceData? shown = null)
    {
        var xml = definition?.Xml ?? "";
        var model = xml.Length == 0
            ? null
            : new BpmnParser().Parse(xml).Document?.Processes.FirstOrDefault(p => p.Id == instance.DefinitionKey);
        return new InstanceDetails(
            instance,
            definition?.Name ?? model?.Name ?? instance.DefinitionKey,
            xml,
            InstanceHighlights.From(instance, history, model),
            history.OrderBy(h => h.Id).Select(h => TimelineEntry.From(h, model)).ToList(),
            (shown?.Variables.Values ?? instance.Variables)
                .OrderBy(v => v.Key, StringComparer.OrdinalIgnoreCase)
                .Select(v => VariableRow.From(v.Key, v.Value, shown?.Variables.Masked.Contains(v.Key) == true))
                .ToList(),
            model,
            shown?.DeIdentified == true);
    }

    /// <summary>The element's name in the diagram, else its id.</summary>
    public string ElementName(string elementId) => ProcessElementNames.Of(Model, elementId);
}
