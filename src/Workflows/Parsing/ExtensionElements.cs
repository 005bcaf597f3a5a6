using System.Xml.Linq;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reports the children of bpmn:extensionElements that the element's reader did not consume.</summary>
internal static class ExtensionElements
{
    // Listeners, scripts-by-mapping and Java wiring run code inside Camunda; Samverkan would silently skip it.
    private static readonly HashSet<string> NotExecuted =
        ["executionListener", "taskListener", "inputOutput", "connector", "field", "script"];

    public static IEnumerable<XElement> Of(XElement element, string camundaName) =>
        element.Elements(Bpmn + "extensionElements").Elements(Camunda + camundaName);

    public static void Check(XElement element, ParseContext context, params string[] consumed)
    {
        foreach (var child in element.Elements(Bpmn + "extensionElements").Elements())
        {
            var name = child.Name.LocalName;
            if (child.Name.Namespace != Camunda)
            {
                context.Warning(child, $"extension element '{child.Name}' is ignored");
            }
            else if (consumed.Contains(name) || name == "properties")
            {
                continue;
            }
            else if (NotExecuted.Contains(name))
            {
                context.NotExecuted(child, $"camunda:{name} is not executed by Samverkan");
            }
            else if (name == "failedJobRetryTimeCycle")
            {
                context.Warning(child, "camunda:failedJobRetryTimeCycle is ignored by Samverkan");
            }
            else
            {
                context.Warning(child, $"unknown extension element camunda:{name} is ignored");
            }
        }
    }
}
