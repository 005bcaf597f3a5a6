using System.Xml.Linq;
using Samverkan.Workflows.Expressions;
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

    internal static string? ReadCondition(XElement? expression, ParseContext context)
    {
        if (expression is null)
        {
            return null;
        }

        // Only expression language is executed; script conditions (JavaScript, Groovy) would need a script engine.
        var language = (string?)expression.Attribute("language");
        if (IsFeel(language, expression.Value))
        {
            return ReadFeelCondition(expression, context);
        }

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

    // Camunda 8 writes FEEL as "=..." with no language; a language attribute may also name FEEL, as a word or a DMN URI.
    private static bool IsFeel(string? language, string body) =>
        string.IsNullOrWhiteSpace(language) ? Feel.IsFeel(body) : FeelLanguages.Contains(WithoutScheme(language.Trim()));

    private static string WithoutScheme(string uri) =>
        uri.Replace("https://", "", StringComparison.OrdinalIgnoreCase).Replace("http://", "", StringComparison.OrdinalIgnoreCase).TrimEnd('/');

    // DMN 1.1 (2015) to 1.5 (2023) each name FEEL by a URI of their own.
    private static readonly HashSet<string> FeelLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "feel",
        "www.omg.org/spec/FEEL/20140401",
        "www.omg.org/spec/DMN/20180521/FEEL",
        "www.omg.org/spec/DMN/20191111/FEEL",
        "www.omg.org/spec/DMN/20211108/FEEL",
        "www.omg.org/spec/DMN/20230324/FEEL",
    };

    // Translated at parse time, so every later step (validation, execution) sees an ordinary expression.
    private static string? ReadFeelCondition(XElement expression, ParseContext context)
    {
        var text = expression.Value.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return Feel.ToExpression(text);
        }
        catch (ExpressionException ex)
        {
            context.Error(expression, FeelConditionInvalid.Format(ex.Message));
            return null;
        }
    }
}
