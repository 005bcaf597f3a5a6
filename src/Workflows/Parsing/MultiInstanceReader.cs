using System.Xml.Linq;
using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;

namespace Samverkan.Workflows.Parsing;

internal static class MultiInstanceReader
{
    public static MultiInstance? Read(XElement activity, ParseContext context)
    {
        var element = activity.Element(Bpmn + "multiInstanceLoopCharacteristics");
        if (element is null)
        {
            return null;
        }

        CamundaAttributes.Check(element, context, "collection", "elementVariable");
        ExtensionElements.Check(element, context);
        return new MultiInstance
        {
            IsSequential = string.Equals((string?)element.Attribute("isSequential"), "true", StringComparison.OrdinalIgnoreCase),
            Collection = NullIfBlank((string?)element.Attribute(Camunda + "collection")),
            ElementVariable = NullIfBlank((string?)element.Attribute(Camunda + "elementVariable")),
            LoopCardinality = NullIfBlank(element.Element(Bpmn + "loopCardinality")?.Value),
            CompletionCondition = NullIfBlank(element.Element(Bpmn + "completionCondition")?.Value),
            Line = ParseContext.LineOf(element),
        };
    }

    public static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
