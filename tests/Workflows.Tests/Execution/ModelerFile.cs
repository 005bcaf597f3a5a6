using System.Xml.Linq;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>
/// A whole file as Camunda Modeler 5 saves a Camunda 7 diagram: the modeler namespace and execution platform, the
/// process, and its diagram (a shape per flow node, an edge per sequence flow, laid out left to right).
/// </summary>
internal static class ModelerFile
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static string Camunda7(string processId, string body, string declarations = "") =>
        File(processId, body, declarations,
            """xmlns:camunda="http://camunda.org/schema/1.0/bpmn" """,
            """modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.22.0" """);

    /// <summary>The same as Camunda Modeler 5 saves a Camunda 8 (Zeebe) diagram.</summary>
    public static string Camunda8(string processId, string body, string declarations = "") =>
        File(processId, body, declarations,
            """xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" """,
            """modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0" """);

    private static string File(string processId, string body, string declarations, string dialect, string platform)
    {
        var process = $"""
              <bpmn:process id="{processId}" isExecutable="true">
            {body}
              </bpmn:process>
            """;
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" {dialect}xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0" {platform}>
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

    private static string Diagram(string process)
    {
        var root = XElement.Parse($"""<x xmlns:bpmn="{Bpmn}" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{process}</x>""");
        var lines = new List<string>();
        var x = 150;
        var centers = new Dictionary<string, (int X, int Y)>();
        foreach (var node in root.Descendants().Where(e => e.Name.Namespace == Bpmn && e.Attribute("sourceRef") is null
            && e.Attribute("id") is not null && e.Name.LocalName is not ("process" or "extensionElements")
            && !e.Name.LocalName.EndsWith("Definition", StringComparison.Ordinal)
            && e.Name.LocalName is not ("multiInstanceLoopCharacteristics" or "conditionExpression")))
        {
            var id = (string)node.Attribute("id")!;
            var y = node.Name.LocalName == "boundaryEvent" ? 200 : 100;
            centers[id] = (x + 50, y + 40);
            lines.Add($"""      <bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"><dc:Bounds x="{x}" y="{y}" width="100" height="80" /></bpmndi:BPMNShape>""");
            x += 150;
        }
        foreach (var flow in root.Descendants(Bpmn + "sequenceFlow"))
        {
            var (from, to) = (centers[(string)flow.Attribute("sourceRef")!], centers[(string)flow.Attribute("targetRef")!]);
            lines.Add($"""      <bpmndi:BPMNEdge id="{flow.Attribute("id")!.Value}_di" bpmnElement="{flow.Attribute("id")!.Value}"><di:waypoint x="{from.X}" y="{from.Y}" /><di:waypoint x="{to.X}" y="{to.Y}" /></bpmndi:BPMNEdge>""");
        }
        return string.Join("\n", lines);
    }
}
