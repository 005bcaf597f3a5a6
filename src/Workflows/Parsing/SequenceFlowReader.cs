using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

internal static class SequenceFlowReader
{
    public static SequenceFlow? Read(XElement element, ParseContext context)
    {
        var id = (string?)element.Attribute("id");
        if (string.IsNullOrEmpty(id))
        {
            context.Error(element, MissingId.Format(DiagnosticTerms.Kind("sequenceFlow")));
            return null;
        }

        CamundaAttributes.Check(element, context);
        ExtensionElements.Check(element, context);
        return new SequenceFlow
        {
            Id = id,
            Name = (string?)element.Attribute("name"),
            Line = ParseContext.LineOf(element),
            SourceId = (string?)element.Attribute("sourceRef") ?? "",
            TargetId = (string?)element.Attribute("targetRef") ?? "",
            Condition = ReadCondition(element.Element(Bpmn + "conditionExpression"), context),
            Listeners = ListenerReader.ForFlow(element, context),
        };
    }

    private static string? ReadCondition(XElement? expression, ParseContext context)
    {
        if (expression is null)
        {
            return null;
        }

        // Only expression language is executed; script conditions (JavaScript, Groovy) would need a script engine.
        var language = (string?)expression.Attribute("language");
        if (!string.IsNullOrWhiteSpace(language) && !language.Equals("juel", StringComparison.OrdinalIgnoreCase))
        {
            context.NotExecuted(expression, ConditionLanguageNotSupported.Format(language));
        }

        if (expression.Attribute(Camunda + "resource") is not null)
        {
            context.NotExecuted(expression, ConditionResourceNotSupported.Format());
        }

        var text = expression.Value.Trim();
        return text.Length == 0 ? null : text;
    }
}
