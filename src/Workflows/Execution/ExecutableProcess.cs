using System.Collections.Concurrent;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

/// <summary>
/// A deployed definition ready to run: the model, its compiled expressions and the lookups the
/// executor needs, computed once per definition version.
/// </summary>
internal sealed class ExecutableProcess
{
    private readonly ExpressionCompiler _compiler;
    private readonly ConcurrentDictionary<string, CompiledExpression> _expressions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _canReachJoin = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<BoundaryEvent>> _boundaries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<StartEvent>> _eventSubprocessStarts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StartEvent?> _noneStarts = new(StringComparer.Ordinal);

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

    public CompiledExpression Expression(string text) => _expressions.GetOrAdd(text, _compiler.Compile);

    public StartEvent? NoneStartOf(string scopeId) => _noneStarts.GetValueOrDefault(scopeId);

    public IReadOnlyList<BoundaryEvent> BoundariesOf(string activityId) =>
        _boundaries.TryGetValue(activityId, out var list) ? list : [];

    /// <summary>Start events of the event subprocesses directly inside a scope.</summary>
    public IReadOnlyList<StartEvent> EventSubprocessStartsOf(string scopeId) =>
        _eventSubprocessStarts.TryGetValue(scopeId, out var list) ? list : [];

    /// <summary>Whether a token resting at <paramref name="nodeId"/> may still arrive at the inclusive join.</summary>
    public bool CanReach(string nodeId, string joinId) =>
        _canReachJoin.TryGetValue(joinId, out var set) && set.Contains(nodeId);

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

        var top = Model.ChildrenOf(Model.Id).OfType<StartEvent>().ToArray();
        MessageStarts = top.Where(s => s.Trigger is MessageTrigger).ToArray();
        TimerStarts = top.Where(s => s.Trigger is TimerTrigger).ToArray();

        foreach (var join in Model.Nodes.OfType<Gateway>().Where(g => g.GatewayKind == GatewayKind.Inclusive && g.Incoming.Count > 1))
        {
            _canReachJoin[join.Id] = Predecessors(join);
        }
    }

    /// <summary>Every node with a path to <paramref name="join"/>, counting an activity as reaching it through its boundary events.</summary>
    private HashSet<string> Predecessors(FlowNode join)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(join.Incoming.Select(f => Model.Flow(f).SourceId));
        while (stack.TryPop(out var id))
        {
            if (id == join.Id || !seen.Add(id))
            {
                continue;
            }
            var node = Model.Node(id);
            foreach (var flow in node.Incoming)
            {
                stack.Push(Model.Flow(flow).SourceId);
            }
            if (node is BoundaryEvent boundary)
            {
                stack.Push(boundary.AttachedToId);
            }
        }
        return seen;
    }
}
