using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>
/// zeebe:ioMapping on an event, as Camunda 8 allows it: outputs on catching events (start, intermediate catch,
/// boundary) and on message throw and end events; inputs only on the latter, which have a job. Any other event's
/// zeebe:ioMapping is reported by <see cref="ExtensionElements"/>; camunda:inputOutput on events stays refused there.
/// </summary>
internal static class EventIoMappingReader
{
    /// <summary>Whether the event reads its zeebe:ioMapping here (so its extension check treats it as consumed).</summary>
    public static bool Reads(FlowNode node) =>
        node is StartEvent or IntermediateCatchEvent or BoundaryEvent
            or EndEvent { Job: not null } or IntermediateThrowEvent { Job: not null };

    public static FlowNode Apply(XElement element, FlowNode node, ParseContext context)
    {
        if (!Reads(node) || !ZeebeValues.Of(element, "ioMapping").Any())
        {
            return node;
        }

        var inputs = new List<InputParameter>();
        var outputs = new List<OutputParameter>();
        ZeebeIoMappingReader.Read(element, context, inputs, outputs);
        var hasJob = node is EndEvent or IntermediateThrowEvent;
        if (!hasJob)
        {
            foreach (var input in ZeebeValues.Of(element, "ioMapping").Elements(Zeebe + "input"))
            {
                context.NotExecuted(input, ZeebeEventInputNotExecuted.Format(
                    (string?)input.Attribute("target") ?? "", DiagnosticTerms.Kind(element.Name.LocalName), node.Id));
            }
        }

        return node with
        {
            InputParameters = hasJob ? inputs : [],
            OutputParameters = outputs,
            LocalResults = outputs.Count > 0,
        };
    }
}
