using Samverkan.Host.Cases;
using Samverkan.Host.Components.Shared;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Components.Inbox;

/// <summary>What is shown beside a task: its instance, diagram, history, non-personal variables and, if it has one, its case.</summary>
public sealed record TaskContext(
    InstanceView? Instance,
    string? DiagramXml,
    IReadOnlyDictionary<string, string> ElementNames,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<KeyValuePair<string, string>> Variables,
    CaseView? Case,
    string? CaseMessage)
{
    public string NameOf(string elementId) => ElementNames.GetValueOrDefault(elementId, elementId);
}
