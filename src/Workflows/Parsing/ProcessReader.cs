using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reads one process: walks its scopes, then links nodes to flows and boundary events to activities.</summary>
internal sealed class ProcessReader(ParseContext context)
{
    // Children of a scope that are not flow elements: read by the node reader, or layout only.
    private static readonly HashSet<string> NotFlowElements =
    [
        "documentation", "extensionElements", "incoming", "outgoing", "laneSet", "textAnnotation", "association",
        "group", "multiInstanceLoopCharacteristics", "standardLoopCharacteristics", "dataInputAssociation",
        "dataOutputAssociation", "ioSpecification", "property",
    ];

    private static readonly HashSet<string> DataElements = ["dataObject", "dataObjectReference", "dataStoreReference"];

    private readonly List<FlowNode> _nodes = [];
    private readonly List<SequenceFlow> _flows = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<(string Source, string Target)> _associations = [];

    public ProcessModel Read(XElement process)
    {
        ReadScope(process, scopeId: null, inEventSubProcess: false);
        return new ProcessModel(
            (string)process.Attribute("id")!,
            (string?)process.Attribute("name"),
            ParseContext.LineOf(process),
            Link(),
            _flows);
    }

    private void ReadScope(XElement scope, string? scopeId, bool inEventSubProcess)
    {
        var nodeReader = new NodeReader(context);
        foreach (var child in scope.Elements().Where(e => e.Name.Namespace == Bpmn))
        {
            var local = child.Name.LocalName;
            if (local == "association")
            {
                _associations.Add(((string?)child.Attribute("sourceRef") ?? "", (string?)child.Attribute("targetRef") ?? ""));
                continue;
            }

            if (NotFlowElements.Contains(local))
            {
                continue;
            }

            if (DataElements.Contains(local))
            {
                context.Warning(child, DataIgnored.Format(local));
            }
            else if (local == "sequenceFlow")
            {
                var flow = SequenceFlowReader.Read(child, context);
                if (flow is not null && _ids.Add(flow.Id))
                {
                    _flows.Add(flow);
                }
            }
            else
            {
                var node = nodeReader.Read(child, scopeId, inEventSubProcess);
                if (node is null || !_ids.Add(node.Id))
                {
                    continue;
                }

                _nodes.Add(node);
                if (node is SubProcess subProcess)
                {
                    ReadScope(child, node.Id, subProcess.TriggeredByEvent);
                }
            }
        }
    }

    // Links come from the sequenceFlow elements: the <incoming>/<outgoing> children are optional and may be stale.
    private IEnumerable<FlowNode> Link()
    {
        var incoming = _flows.ToLookup(f => f.TargetId, f => f.Id, StringComparer.Ordinal);
        var outgoing = _flows.ToLookup(f => f.SourceId, f => f.Id, StringComparer.Ordinal);
        var boundaries = _nodes.OfType<BoundaryEvent>().ToLookup(b => b.AttachedToId, b => b.Id, StringComparer.Ordinal);
        var handlers = CompensateDefinition.Handlers(_nodes.OfType<BoundaryEvent>(), _associations);
        foreach (var node in _nodes)
        {
            var linked = node with { Incoming = incoming[node.Id].ToArray(), Outgoing = outgoing[node.Id].ToArray() };
            yield return linked is Activity activity
                ? activity with { BoundaryEventIds = boundaries[node.Id].ToArray(), CompensationHandlerId = handlers.GetValueOrDefault(node.Id) }
                : linked;
        }
    }
}
