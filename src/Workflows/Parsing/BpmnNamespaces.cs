using System.Xml.Linq;

namespace Samverkan.Workflows.Parsing;

internal static class BpmnNamespaces
{
    public static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";
    public static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";
}
