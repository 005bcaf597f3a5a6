using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Shared;

/// <summary>
/// What the diagram shows of an instance, in the shape the bpmn module's <c>createViewer</c> takes: tokens per
/// active element, the elements and flows already passed, and open incidents per element.
/// </summary>
public sealed record InstanceHighlights(
    IReadOnlyDictionary<string, int> Active,
    IReadOnlyList<string> Completed,
    IReadOnlyDictionary<string, int> Incidents)
{
    /// <summary>Only where the instance is now (the task page): element ids with how many tokens or tasks are there.</summary>
    public static InstanceHighlights OnlyActive(IReadOnlyDictionary<string, int> active) =>
        new(active, [], new Dictionary<string, int>());

    /// <summary>
    /// Counts come from the history (element instances entered and not yet completed or terminated); the
    /// instance's own list of active elements decides which are active. A multi-instance activity's body is one
    /// of its open element instances but not a token of its own.
    /// </summary>
    public static InstanceHighlights From(InstanceView instance, IReadOnlyList<HistoryEntry> history, ProcessModel? model)
    {
        var open = new Dictionary<long, string>();
        var entered = new HashSet<string>(StringComparer.Ordinal);
        var completed = new List<string>();
        foreach (var entry in history.OrderBy(h => h.Id))
        {
            if (entry.ElementId is not { } elementId || entry.ElementInstanceId is not { } elementInstance)
            {
                continue;
            }
            switch (entry.Type)
            {
                case HistoryTypes.ElementEntered:
                    open[elementInstance] = elementId;
                    entered.Add(elementId);
                    break;
                case HistoryTypes.ElementCompleted:
                    open.Remove(elementInstance);
                    if (!completed.Contains(elementId, StringComparer.Ordinal))
                    {
                        completed.Add(elementId);
                    }
                    break;
                case HistoryTypes.ElementTerminated:
                    open.Remove(elementInstance);
                    break;
            }
        }

        var active = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in instance.ActiveElementIds)
        {
            var tokens = open.Values.Count(v => v == id) - (IsMultiInstance(model, id) ? 1 : 0);
            active[id] = Math.Max(1, tokens);
        }
        var incidents = instance.Incidents
            .Where(i => i.ResolvedAt is null)
            .GroupBy(i => i.ElementId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var passed = completed.Where(id => !active.ContainsKey(id) && id != instance.DefinitionKey).ToList();
        if (model is not null)
        {
            // A flow was taken when its source completed and its target was reached (history records no flows).
            var done = passed.ToHashSet(StringComparer.Ordinal);
            passed.AddRange(model.Flows
                .Where(f => done.Contains(f.SourceId) && entered.Contains(f.TargetId))
                .Select(f => f.Id));
        }
        return new InstanceHighlights(active, passed, incidents);
    }

    private static bool IsMultiInstance(ProcessModel? model, string elementId) =>
        model is not null && model.TryGetNode(elementId, out var node) && node is Activity { MultiInstance: not null };
}
