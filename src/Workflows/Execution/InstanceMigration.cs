using System.Globalization;
using Samverkan.Workflows.VersionMigration;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Execution;

/// <summary>
/// One migration plan bound to its two executable versions: checks an instance against it and moves it. A token keeps its
/// element instance (and so its task, with id, assignee, claim and due date); its node id becomes the target's. Events the
/// token waits for are reconciled: a mapped one keeps its timer (and due time) or subscription, a removed one is cancelled,
/// one the target adds is armed.
/// </summary>
internal sealed class InstanceMigration
{
    private readonly Dictionary<string, string> _map;

    public InstanceMigration(MigrationPlan plan, ExecutableProcess source, ExecutableProcess target)
    {
        Plan = plan;
        Source = source;
        Target = target;
        _map = plan.Mappings.ToDictionary(m => m.SourceId, m => m.TargetId, StringComparer.Ordinal);
        _map[source.Model.Id] = target.Model.Id;
    }

    public MigrationPlan Plan { get; }
    public ExecutableProcess Source { get; }
    public ExecutableProcess Target { get; }

    /// <summary>Builds the mapping: equal ids first, then the explicit ones, each checked against both versions.</summary>
    public static MigrationPlan BuildPlan(ExecutableProcess source, ExecutableProcess target, IReadOnlyDictionary<string, string>? explicitMappings)
    {
        var problems = new List<MigrationProblem>();
        var mappings = new Dictionary<string, ElementMapping>(StringComparer.Ordinal);
        foreach (var node in source.Model.Nodes)
        {
            if (target.Model.TryGetNode(node.Id, out var same))
            {
                mappings[node.Id] = new ElementMapping(node.Id, node.Name, same.Id, same.Name, false);
            }
        }
        foreach (var (from, to) in explicitMappings ?? new Dictionary<string, string>())
        {
            if (!source.Model.TryGetNode(from, out var sourceNode))
            {
                problems.Add(new(MigrationCodes.SourceElementMissing, MigrationSeverity.Error, from,
                    $"Version {source.Version} of '{source.Key}' has no element '{from}' to map."));
                continue;
            }
            if (!target.Model.TryGetNode(to, out var targetNode))
            {
                problems.Add(new(MigrationCodes.TargetElementMissing, MigrationSeverity.Error, from,
                    $"Element '{from}' is mapped to '{to}', which version {target.Version} of '{target.Key}' does not have."));
                continue;
            }
            mappings[from] = new ElementMapping(from, sourceNode.Name, to, targetNode.Name, true);
        }
        foreach (var group in mappings.Values.GroupBy(m => m.TargetId).Where(g => g.Count() > 1 && g.Any(m => m.Explicit)))
        {
            problems.Add(new(MigrationCodes.TargetMappedTwice, MigrationSeverity.Error, group.First(m => m.Explicit).SourceId,
                $"Elements {string.Join(", ", group.Select(m => $"'{m.SourceId}'"))} are all mapped to '{group.Key}'; map each to its own element."));
        }
        return new MigrationPlan(source.Key, source.Version, source.DefinitionId, target.Version, target.DefinitionId,
            mappings.Values.OrderBy(m => m.SourceId, StringComparer.Ordinal).ToList(), problems,
            new Dictionary<string, string>(explicitMappings ?? new Dictionary<string, string>(), StringComparer.Ordinal));
    }

    /// <summary>Where the instance's tokens stand (source ids), for reports and filters.</summary>
    public static IReadOnlyList<string> WaitingAt(InstanceState state) =>
        state.Elements.Where(e => e.ParentId is not null && !e.IsScope).Select(e => e.ElementId).Distinct().ToList();

    /// <summary>Every reason the instance cannot move, and what moving it would do.</summary>
    public List<MigrationProblem> Check(LoadedInstance instance)
    {
        var problems = new List<MigrationProblem>();
        if (instance.IsEnded)
        {
            problems.Add(new(MigrationCodes.InstanceEnded, MigrationSeverity.Error, null, $"Instance {instance.Id} has ended ({instance.Record.Status})."));
            return problems;
        }
        if (instance.Record.DefinitionId != Source.DefinitionId)
        {
            problems.Add(new(MigrationCodes.WrongVersion, MigrationSeverity.Error, null,
                $"Instance {instance.Id} runs version {instance.Record.DefinitionVersion} of '{instance.Record.DefinitionKey}', not version {Source.Version} of '{Source.Key}'."));
            return problems;
        }
        if (instance.Record.ParentInstanceId is Guid parent)
        {
            problems.Add(new(MigrationCodes.CalledInstance, MigrationSeverity.Error, null,
                $"Instance {instance.Id} was started by a call activity of instance {parent}; it cannot move while that call waits for it."));
        }
        var state = instance.State;
        foreach (var element in state.Elements)
        {
            if (element.ParentId is null)
            {
                CheckWaits(element, Target.Model.Id, problems);
                continue;
            }
            if (InsideMultiInstance(state, element))
            {
                continue;
            }
            var node = Source.Model.Node(element.ElementId);
            if (element.IsMultiInstanceBody)
            {
                problems.Add(new(MigrationCodes.MultiInstanceInProgress, MigrationSeverity.Error, element.ElementId,
                    $"Multi-instance activity {Describe(node)} is running ({element.Completed} of {element.Items?.Count ?? element.NextIndex} iterations done); migrate when it has completed."));
                continue;
            }
            if (element.ChildInstanceId is Guid child)
            {
                problems.Add(new(MigrationCodes.CallActivityInProgress, MigrationSeverity.Error, element.ElementId,
                    $"Call activity {Describe(node)} waits for instance {child}; migrate when it has returned."));
                continue;
            }
            if (!TryMap(element.ElementId, out var targetNode))
            {
                problems.Add(new(MigrationCodes.UnmappedElement, MigrationSeverity.Error, element.ElementId,
                    $"A token is at {Describe(node)}, which has no element in version {Target.Version}; map it to one."));
                continue;
            }
            if (!SameKind(node, targetNode))
            {
                problems.Add(new(MigrationCodes.ElementKindChanged, MigrationSeverity.Error, element.ElementId,
                    $"{Describe(node)} ({KindOf(node)}) is mapped to {Describe(targetNode)}, which is a {KindOf(targetNode)}."));
                continue;
            }
            var parentNodeId = state.Find(element.ParentId.Value)?.ElementId ?? Source.Model.Id;
            var expectedScope = _map.GetValueOrDefault(parentNodeId);
            if ((targetNode.ScopeId ?? Target.Model.Id) != expectedScope)
            {
                problems.Add(new(MigrationCodes.ScopeChanged, MigrationSeverity.Error, element.ElementId,
                    $"{Describe(node)} is inside '{parentNodeId}', but its target '{targetNode.Id}' is inside '{targetNode.ScopeId ?? Target.Model.Id}'."));
                continue;
            }
            foreach (var flow in (element.Arrivals?.Keys ?? Enumerable.Empty<string>()).Append(element.ParkedVia).OfType<string>())
            {
                if (!targetNode.Incoming.Contains(flow))
                {
                    problems.Add(new(MigrationCodes.FlowUnmapped, MigrationSeverity.Error, element.ElementId,
                        $"{Describe(node)} has counted a token on sequence flow '{flow}', which does not lead into '{targetNode.Id}' in version {Target.Version}."));
                }
            }
            CheckWaits(element, targetNode.Id, problems);
        }
        CheckVariables(state, problems);
        return problems;
    }

    /// <summary>The events an element instance waits for (other than its own), and those the target adds.</summary>
    private void CheckWaits(ElementInstance element, string targetNodeId, List<MigrationProblem> problems)
    {
        var isGatewayWait = Source.Model.TryGetNode(element.ElementId, out var own) && own is Gateway { GatewayKind: GatewayKind.EventBased };
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var wait in element.Waits ?? [])
        {
            if (wait.ElementId == element.ElementId)
            {
                continue;
            }
            var eventNode = Source.Model.Node(wait.ElementId);
            if (KeepsWait(element, targetNodeId, wait) is { } mapped)
            {
                kept.Add(mapped.Id);
            }
            else if (isGatewayWait)
            {
                problems.Add(new(MigrationCodes.UnmappedElement, MigrationSeverity.Error, wait.ElementId,
                    $"Event-based gateway {Describe(own!)} waits for {Describe(eventNode)}, which has no matching event after it in version {Target.Version}."));
            }
            else
            {
                problems.Add(new(MigrationCodes.EventRemoved, MigrationSeverity.Warning, wait.ElementId,
                    $"{Describe(eventNode)} is not in version {Target.Version}; its {(wait.IsTimer ? "timer" : "subscription")} will be cancelled."));
            }
        }
        foreach (var added in AttachedEvents(element, targetNodeId).Where(e => !kept.Contains(e.Id)))
        {
            problems.Add(new(MigrationCodes.EventAdded, MigrationSeverity.Info, added.Id,
                $"Version {Target.Version} adds {Describe(added)}; it will be armed."));
        }
    }

    /// <summary>The target event a wait moves to: its mapping, if that is an event of the same trigger where the element can wait for it.</summary>
    public FlowNode? KeepsWait(ElementInstance element, string targetNodeId, WaitRef wait)
    {
        if (!TryMap(wait.ElementId, out var mapped) || !SameKind(Source.Model.Node(wait.ElementId), mapped))
        {
            return null;
        }
        return mapped switch
        {
            BoundaryEvent b => b.AttachedToId == targetNodeId ? b : null,
            StartEvent s => s.ScopeId is { } sub && Target.Model.Node(sub).ScopeId == (targetNodeId == Target.Model.Id ? null : targetNodeId) ? s : null,
            _ => Target.Model.TryGetNode(targetNodeId, out var owner) && owner.Outgoing.Any(f => Target.Model.Flow(f).TargetId == mapped.Id) ? mapped : null,
        };
    }

    /// <summary>
    /// The events the target has an element instance wait for beside its own: boundary events of an activity that has begun
    /// (not parked before its start, not an inner iteration), and event-subprocess starts of a scope.
    /// </summary>
    public IEnumerable<FlowNode> AttachedEvents(ElementInstance element, string targetNodeId)
    {
        IEnumerable<FlowNode> events = [];
        if (element.ParentId is null || element.IsScope)
        {
            events = Target.EventSubprocessStartsOf(targetNodeId);
        }
        if (element.ParentId is not null && element.Park == AsyncPark.None && Target.Model.Node(targetNodeId) is Activity)
        {
            events = events.Concat(Target.BoundariesOf(targetNodeId).Where(b => b.Trigger is TimerTrigger or MessageTrigger or SignalTrigger or ConditionalTrigger));
        }
        return events.Where(e => e is BoundaryEvent || ((StartEvent)e).Trigger is TimerTrigger or MessageTrigger or SignalTrigger or ConditionalTrigger);
    }

    /// <summary>A variable whose value the target's forms would refuse, where the form's type changed.</summary>
    private void CheckVariables(InstanceState state, List<MigrationProblem> problems)
    {
        var before = FormTypes(Source);
        foreach (var (name, type) in FormTypes(Target))
        {
            if (before.GetValueOrDefault(name) == type || !state.Root.Variables!.TryGetValue(name, out var value) || Fits(value, type))
            {
                continue;
            }
            problems.Add(new(MigrationCodes.VariableTypeChanged, MigrationSeverity.Error, null,
                $"Variable '{name}' holds {DescribeValue(value)}, but version {Target.Version} declares it as {type}{(before.TryGetValue(name, out var old) ? $" (was {old})" : "")}; change the variable first."));
        }
    }

    private static Dictionary<string, string> FormTypes(ExecutableProcess process)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in process.Model.Nodes.OfType<UserTask>().SelectMany(t => t.FormFields))
        {
            types.TryAdd(field.Id, field.Type);
        }
        return types;
    }

    private static bool Fits(object? value, string type) => value is null || type switch
    {
        "long" => value is long,
        "boolean" => value is bool,
        "date" => value is DateTimeOffset || (value is string s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)),
        "string" or "enum" => value is string,
        _ => true,
    };

    private static string DescribeValue(object? value) => value switch
    {
        string s => $"the text \"{s}\"",
        bool b => b ? "true" : "false",
        long or double => $"the number {Convert.ToString(value, CultureInfo.InvariantCulture)}",
        DateTimeOffset d => $"the date {d:yyyy-MM-dd}",
        _ => $"a {value?.GetType().Name ?? "null"}",
    };

    public bool TryMap(string sourceId, out FlowNode target)
    {
        target = null!;
        return _map.TryGetValue(sourceId, out var id) && Target.Model.TryGetNode(id, out target);
    }

    public string Map(string sourceId) => _map[sourceId];

    private static bool InsideMultiInstance(InstanceState state, ElementInstance element)
    {
        for (var parent = element.ParentId is long p ? state.Find(p) : null; parent is not null; parent = parent.ParentId is long q ? state.Find(q) : null)
        {
            if (parent.IsMultiInstanceBody)
            {
                return true;
            }
        }
        return false;
    }

    private static bool SameKind(FlowNode a, FlowNode b) =>
        a.Kind == b.Kind
        && TriggerOf(a)?.GetType() == TriggerOf(b)?.GetType()
        && (a as Activity)?.MultiInstance is null == (b as Activity)?.MultiInstance is null;

    private static EventTrigger? TriggerOf(FlowNode node) => node switch
    {
        StartEvent s => s.Trigger,
        IntermediateCatchEvent c => c.Trigger,
        BoundaryEvent b => b.Trigger,
        EndEvent e => e.Trigger,
        IntermediateThrowEvent t => t.Trigger,
        _ => null,
    };

    private static string KindOf(FlowNode node) => TriggerOf(node) is { } trigger and not NoneTrigger
        ? $"{node.Kind} ({trigger.GetType().Name.Replace("Trigger", "", StringComparison.Ordinal).ToLowerInvariant()})"
        : node.Kind;

    private static string Describe(FlowNode node) => node.Name is { Length: > 0 } name ? $"'{name}' ({node.Id})" : $"'{node.Id}'";
}
