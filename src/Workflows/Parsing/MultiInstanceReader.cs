using System.Xml.Linq;
using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

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
        ExtensionElements.Check(element, context, "zeebe:loopCharacteristics");
        var loop = new MultiInstance
        {
            IsSequential = string.Equals((string?)element.Attribute("isSequential"), "true", StringComparison.OrdinalIgnoreCase),
            Collection = NullIfBlank((string?)element.Attribute(Camunda + "collection")),
            ElementVariable = NullIfBlank((string?)element.Attribute(Camunda + "elementVariable")),
            LoopCardinality = NullIfBlank(element.Element(Bpmn + "loopCardinality")?.Value),
            CompletionCondition = NullIfBlank(element.Element(Bpmn + "completionCondition")?.Value),
            Line = ParseContext.LineOf(element),
        };
        return ZeebeValues.First(element, "loopCharacteristics") is { } zeebe ? ReadZeebe(loop, zeebe, context) : loop;
    }

    private static MultiInstance ReadZeebe(MultiInstance loop, XElement zeebe, ParseContext context)
    {
        loop = loop with
        {
            Collection = ZeebeValues.Value(zeebe, "inputCollection", context) ?? loop.Collection,
            ElementVariable = NullIfBlank((string?)zeebe.Attribute("inputElement")) ?? loop.ElementVariable,
            OutputCollection = NullIfBlank((string?)zeebe.Attribute("outputCollection")),
            OutputElement = ZeebeValues.Value(zeebe, "outputElement", context),
        };
        if ((loop.OutputCollection is null) != (zeebe.Attribute("outputElement") is null))
        {
            context.Error(zeebe, OutputCollectionWithoutElement.Format());
        }

        return loop;
    }

    public static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
