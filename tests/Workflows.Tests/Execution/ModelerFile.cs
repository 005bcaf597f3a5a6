using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>
/// A Camunda 7 file as Camunda Modeler 5 saves it: the modeler and camunda namespaces, the execution platform, and a
/// diagram (bpmndi) with a shape for every flow node and an edge for every sequence flow, laid out on a simple grid.
/// </summary>
internal static class ModelerFile
{
    private const string Namespaces =
        """xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:modeler="http://camunda.org/schema/modeler/1.0" """;

    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static string Camunda7(string processId, string body, string declarations = "", params (string Id, string Body)[] moreProcesses) =>
        File(processId, body, declarations, moreProcesses,
            """xmlns:camunda="http://camunda.org/schema/1.0/bpmn" """,
            """modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.22.0" """,
            """ camunda:historyTimeToLive="180" """);

    /// <summary>The same as Camunda Modeler 5 saves a Camunda 8 (Zeebe) diagram.</summary>
    public static string Camunda8(string processId, string body, string declarations = "", params (string Id, string Body)[] moreProcesses) =>
        File(processId, body, declarations, moreProcesses,
            """xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" """,
            """modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0" """,
            "");

    private static string File(string processId, string body, string declarations, (string Id, string Body)[] moreProcesses,
        string dialect, string platform, string processAttributes)
    {
        var processes = new List<(string Id, string Body)> { (processId, body) };
        processes.AddRange(moreProcesses);
        var xml = new StringBuilder();
        xml.AppendLine("""<?xml version="1.0" encoding="UTF-8"?>""");
        xml.AppendLine($"""<bpmn:definitions {Namespaces}{dialect}id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0" {platform}>""");
        foreach (var (id, processBody) in processes)
        {
            xml.AppendLine($"""  <bpmn:process id="{id}" isExecutable="true"{processAttributes}>""");
            xml.AppendLine(processBody);
            xml.AppendLine("  </bpmn:process>");
        }
        xml.AppendLine(declarations);
        foreach (var (id, processBody) in processes)
        {
            xml.AppendLine(Diagram(id, processBody, dialect));
        }
        xml.AppendLine("</bpmn:definitions>");
        return xml.ToString();
    }

    private static string Diagram(string processId, string body, string dialect)
    {
        var root = XElement.Parse($"<bpmn:process {Namespaces}{dialect}>{body}</bpmn:process>");
        var nodes = root.Descendants()
            .Where(IsNode)
            .ToList();
        var at = new Dictionary<string, (int X, int Y)>(StringComparer.Ordinal);
        var xml = new StringBuilder();
        xml.AppendLine($"""  <bpmndi:BPMNDiagram id="BPMNDiagram_{processId}"><bpmndi:BPMNPlane id="BPMNPlane_{processId}" bpmnElement="{processId}">""");
        for (var i = 0; i < nodes.Count; i++)
        {
            var id = (string)nodes[i].Attribute("id")!;
            var (x, y) = (160 + 150 * (i % 8), 100 + 160 * (i / 8));
            at[id] = (x, y);
            var expanded = nodes[i].Name.LocalName == "subProcess" ? " isExpanded=\"true\"" : "";
            xml.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"""    <bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"{expanded}><dc:Bounds x="{x}" y="{y}" width="100" height="80" /></bpmndi:BPMNShape>"""));
        }
        foreach (var flow in root.Descendants().Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName is "sequenceFlow" or "association"))
        {
            var source = at.GetValueOrDefault((string?)flow.Attribute("sourceRef") ?? "");
            var target = at.GetValueOrDefault((string?)flow.Attribute("targetRef") ?? "");
            xml.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"""    <bpmndi:BPMNEdge id="{flow.Attribute("id")!.Value}_di" bpmnElement="{flow.Attribute("id")!.Value}"><di:waypoint x="{source.X + 100}" y="{source.Y + 40}" /><di:waypoint x="{target.X}" y="{target.Y + 40}" /></bpmndi:BPMNEdge>"""));
        }
        xml.AppendLine("  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>");
        return xml.ToString();
    }

    private static bool IsNode(XElement element) =>
        element.Name.Namespace == Bpmn
        && element.Attribute("id") is not null
        && element.Name.LocalName is not ("sequenceFlow" or "association" or "process" or "multiInstanceLoopCharacteristics" or "conditionExpression")
        && !element.Name.LocalName.EndsWith("Definition", StringComparison.Ordinal);
}
