using System.Globalization;
using System.Xml.Linq;

namespace Samverkan.Workflows.Tests;

/// <summary>
/// A Camunda 8 file as Camunda Modeler 5 saves it: the zeebe and modeler namespaces, the execution platform, and a
/// diagram (one shape per flow node, one edge per sequence flow, laid out left to right).
/// </summary>
internal static class ZeebeXml
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static readonly XNamespace Dc = "http://www.omg.org/spec/DD/20100524/DC";
    private static readonly XNamespace Di = "http://www.omg.org/spec/DD/20100524/DI";

    public static string Definitions(string processId, string body, string declarations = "")
    {
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.5.0">
              <bpmn:process id="{processId}" isExecutable="true">
            {body}
              </bpmn:process>
            {declarations}
            </bpmn:definitions>
            """;
        var document = XDocument.Parse(xml);
        document.Root!.Add(Diagram(document.Root.Element(Bpmn + "process")!));
        return document.Declaration + "\n" + document.ToString();
    }

    private static XElement Diagram(XElement process)
    {
        var plane = new XElement(BpmnDi + "BPMNPlane", new XAttribute("id", "BPMNPlane_1"), new XAttribute("bpmnElement", (string)process.Attribute("id")!));
        var position = new Dictionary<string, (int X, int Y)>();
        var x = 180;
        foreach (var node in process.Descendants().Where(e => e.Name.Namespace == Bpmn && e.Attribute("id") is not null
                     && e.Name.LocalName != "sequenceFlow" && e.Parent?.Name.LocalName is "process" or "subProcess"))
        {
            var id = (string)node.Attribute("id")!;
            var y = node.Name.LocalName == "boundaryEvent" ? 180 : 100;
            position[id] = (x, y);
            plane.Add(new XElement(BpmnDi + "BPMNShape", new XAttribute("id", id + "_di"), new XAttribute("bpmnElement", id),
                Bounds(x, y, 100, 80)));
            x += 150;
        }

        foreach (var flow in process.Descendants(Bpmn + "sequenceFlow"))
        {
            var id = (string)flow.Attribute("id")!;
            var from = position.GetValueOrDefault((string)flow.Attribute("sourceRef")!);
            var to = position.GetValueOrDefault((string)flow.Attribute("targetRef")!);
            plane.Add(new XElement(BpmnDi + "BPMNEdge", new XAttribute("id", id + "_di"), new XAttribute("bpmnElement", id),
                Waypoint(from.X + 100, from.Y + 40), Waypoint(to.X, to.Y + 40)));
        }

        return new XElement(BpmnDi + "BPMNDiagram", new XAttribute("id", "BPMNDiagram_1"), plane);
    }

    private static XElement Bounds(int x, int y, int width, int height) => new(Dc + "Bounds",
        new XAttribute("x", x), new XAttribute("y", y), new XAttribute("width", width), new XAttribute("height", height));

    private static XElement Waypoint(int x, int y) => new(Di + "waypoint",
        new XAttribute("x", x.ToString(CultureInfo.InvariantCulture)), new XAttribute("y", y.ToString(CultureInfo.InvariantCulture)));
}
