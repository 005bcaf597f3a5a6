using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>
/// A Camunda 7 file as Camunda Modeler 5 saves it: the modeler's namespaces and execution platform, and a diagram
/// (bpmndi) with a shape for every node and an edge for every sequence flow and association of the process.
/// </summary>
internal static class ModelerFile
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static string Camunda7(string processId, string body, string declarations = "")
    {
        var process = $"""
              <bpmn:process id="{processId}" isExecutable="true" camunda:historyTimeToLive="180">
            {body}
              </bpmn:process>
            """;
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.22.0">
            {process}
            {declarations}
              <bpmndi:BPMNDiagram id="BPMNDiagram_1">
                <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="{processId}">
            {Diagram(process)}
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;
    }

    /// <summary>Shapes laid out left to right, one row per scope depth; edges as straight lines between their ends.</summary>
    private static string Diagram(string process)
    {
        var root = XElement.Parse(
            $"""<wrap xmlns:bpmn="{Bpmn}" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{process}</wrap>""");
        var centres = new Dictionary<string, (int X, int Y)>(StringComparer.Ordinal);
        var text = new StringBuilder();
        var column = 0;
        foreach (var element in root.Descendants().Where(IsNode))
        {
            var id = (string)element.Attribute("id")!;
            var depth = element.Ancestors().Count() - 2;
            var (width, height) = element.Name.LocalName switch
            {
                var n when n.EndsWith("Event", StringComparison.Ordinal) => (36, 36),
                var n when n.EndsWith("Gateway", StringComparison.Ordinal) => (50, 50),
                "subProcess" => (350, 200),
                _ => (100, 80),
            };
            var x = 160 + 150 * column++;
            var y = 100 + 250 * depth;
            centres[id] = (x + width / 2, y + height / 2);
            var expanded = element.Name.LocalName == "subProcess" ? " isExpanded=\"true\"" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"""      <bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"{expanded}><dc:Bounds x="{x}" y="{y}" width="{width}" height="{height}" /></bpmndi:BPMNShape>""");
        }
        foreach (var edge in root.Descendants().Where(e => e.Name.LocalName is "sequenceFlow" or "association"))
        {
            var id = (string)edge.Attribute("id")!;
            var from = centres.GetValueOrDefault((string?)edge.Attribute("sourceRef") ?? "");
            var to = centres.GetValueOrDefault((string?)edge.Attribute("targetRef") ?? "");
            text.AppendLine(CultureInfo.InvariantCulture, $"""      <bpmndi:BPMNEdge id="{id}_di" bpmnElement="{id}"><di:waypoint x="{from.X}" y="{from.Y}" /><di:waypoint x="{to.X}" y="{to.Y}" /></bpmndi:BPMNEdge>""");
        }
        return text.ToString();
    }

    private static bool IsNode(XElement element) =>
        element.Name.Namespace == Bpmn
        && element.Attribute("id") is not null
        && element.Name.LocalName is not ("sequenceFlow" or "association" or "process")
        && !element.Name.LocalName.EndsWith("Definition", StringComparison.Ordinal)
        && element.Name.LocalName is not ("multiInstanceLoopCharacteristics" or "conditionExpression");
}
