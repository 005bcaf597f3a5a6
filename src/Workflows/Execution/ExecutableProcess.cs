using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Samverkan.Workflows.Execution.Behaviors;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

/// <summary>
/// A deployed definition ready to run: the model, each node's behaviour, its compiled expressions and the
/// lookups the executor needs, computed once per definition version.
/// </summary>
internal sealed class ExecutableProcess
{
    private readonly ExpressionCompiler _compiler;
    private readonly ConcurrentDictionary<string, CompiledExpression> _expressions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ElementBehavior> _behaviors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ElementBehavior> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<BoundaryEvent>> _boundaries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<StartEvent>> _eventSubprocessStarts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StartEvent?> _noneStarts = new(StringComparer.Ordinal);
    private HashSet<string> _compensable = [];

    public ExecutableProcess(Guid definitionId, string key, int version, ProcessModel model, ExpressionCompiler compiler)
    {
        DefinitionId = definitionId;
        Key = key;
        Version = version;
        Model = model;
        _compiler = compiler;
        Index();
    }

    public Guid DefinitionId { get; }
    public string Key { get; }
    public int Version { get; }
    public ProcessModel Model { get; }

    public IReadOnlyList<StartEvent> MessageStarts { get; private set; } = [];
    public IReadOnlyList<StartEvent> TimerStarts { get; private set; } = [];
    public IReadOnlyList<StartEvent> SignalStarts { get; private set; } = [];

    public CompiledExpression Expression(string text) => _expressions.GetOrAdd(text, _compiler.Compile);

    /// <summary>Whether completing the node must be remembered for compensation (see <see cref="CompensationScopes.IsCompensable"/>).</summary>
    public bool IsCompensable(string nodeId) => _compensable.Contains(nodeId);

    public StartEvent? NoneStartOf(string scopeId) => _noneStarts.GetValueOrDefault(scopeId);

    public IReadOnlyList<BoundaryEvent> BoundariesOf(string activityId) =>
        _boundaries.TryGetValue(activityId, out var list) ? list : [];

    /// <summary>Start events of the event subprocesses directly inside a scope.</summary>
    public IReadOnlyList<StartEvent> EventSubprocessStartsOf(string scopeId) =>
        _eventSubprocessStarts.TryGetValue(scopeId, out var list) ? list : [];

    /// <summary>The behaviour of the node's own element instances (for a multi-instance activity: of each inner instance).</summary>
    public ElementBehavior Behavior(string nodeId) =>
        _behaviors.TryGetValue(nodeId, out var behavior) ? behavior : throw new KeyNotFoundException($"No node '{nodeId}' in process '{Model.Id}'.");

    public bool TryGetBehavior(string nodeId, [NotNullWhen(true)] out ElementBehavior? behavior) => _behaviors.TryGetValue(nodeId, out behavior);

    /// <summary>The behaviour a token arriving at the node meets: a multi-instance activity's body, else the node's own.</summary>
    public ElementBehavior Entry(string nodeId) =>
        _entries.TryGetValue(nodeId, out var behavior) ? behavior : throw new KeyNotFoundException($"No node '{nodeId}' in process '{Model.Id}'.");

    /// <summary>The behaviour of an element instance: a multi-instance body runs the loop, any other runs its node's own.</summary>
    public ElementBehavior BehaviorOf(ElementInstance element) =>
        element.IsMultiInstanceBody ? Entry(element.ElementId) : Behavior(element.ElementId);

    private void Index()
    {
        foreach (var group in Model.Nodes.OfType<BoundaryEvent>().GroupBy(b => b.AttachedToId))
        {
            _boundaries[group.Key] = group.ToArray();
        }

        var scopes = Model.Nodes.OfType<SubProcess>().Select(s => s.Id).Append(Model.Id);
        foreach (var scope in scopes)
        {
            var children = Model.ChildrenOf(scope);
            _noneStarts[scope] = children.OfType<StartEvent>().FirstOrDefault(s => s.Trigger is NoneTrigger);
            _eventSubprocessStarts[scope] = children
                .OfType<SubProcess>()
                .Where(s => s.TriggeredByEvent)
                .SelectMany(s => Model.ChildrenOf(s.Id).OfType<StartEvent>())
                .ToArray();
        }

        _compensable = Model.Nodes.Where(n => CompensationScopes.IsCompensable(Model, n)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);

        var top = Model.ChildrenOf(Model.Id).OfType<StartEvent>().ToArray();
        MessageStarts = top.Where(s => s.Trigger is MessageTrigger).ToArray();
        TimerStarts = top.Where(s => s.Trigger is TimerTrigger).ToArray();
        SignalStarts = top.Where(s => s.Trigger is SignalTrigger).ToArray();

        foreach (var node in Model.Nodes)
        {
            var behavior = ElementBehaviors.For(node, Model);
            _behaviors[node.Id] = behavior;
            _entries[node.Id] = ElementBehaviors.BodyFor(node, Model) ?? behavior;
        }
    }
}
