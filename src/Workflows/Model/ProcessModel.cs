namespace Samverkan.Workflows.Model;

/// <summary>One executable BPMN process: its nodes and flows, indexed by id. Immutable.</summary>
public sealed class ProcessModel
{
    private readonly Dictionary<string, FlowNode> _nodes;
    private readonly Dictionary<string, SequenceFlow> _flows;
    private readonly Dictionary<string, IReadOnlyList<FlowNode>> _children;

    public ProcessModel(string id, string? name, int line, IEnumerable<FlowNode> nodes, IEnumerable<SequenceFlow> flows)
    {
        Id = id;
        Name = name;
        Line = line;
        _nodes = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _flows = flows.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _children = _nodes.Values
            .GroupBy(n => n.ScopeId ?? id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FlowNode>)g.ToArray(), StringComparer.Ordinal);
    }

    public string Id { get; }
    public string? Name { get; }
    public int Line { get; }

    public IReadOnlyCollection<FlowNode> Nodes => _nodes.Values;
    public IReadOnlyCollection<SequenceFlow> Flows => _flows.Values;

    public FlowNode Node(string id) =>
        _nodes.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"No node '{id}' in process '{Id}'.");

    public bool TryGetNode(string id, out FlowNode node) => _nodes.TryGetValue(id, out node!);

    public SequenceFlow Flow(string id) =>
        _flows.TryGetValue(id, out var flow) ? flow : throw new KeyNotFoundException($"No sequence flow '{id}' in process '{Id}'.");

    /// <summary>The nodes directly inside a scope: the process (by its id) or a subprocess.</summary>
    public IReadOnlyList<FlowNode> ChildrenOf(string scopeId) =>
        _children.TryGetValue(scopeId, out var list) ? list : [];

    public IEnumerable<SequenceFlow> OutgoingOf(FlowNode node) => node.Outgoing.Select(Flow);
}
