using System.Globalization;
using System.Xml.Linq;
using Samverkan.Workflows.Expressions;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>
/// Reads zeebe:* extension elements and their attribute values: a value starting with '=' is FEEL, translated to
/// the engine's expression language; anything else is a literal (Zeebe semantics, never ${}).
/// </summary>
internal static class ZeebeValues
{
    public static IEnumerable<XElement> Of(XElement element, string zeebeName) =>
        element.Elements(Bpmn + "extensionElements").Elements(Zeebe + zeebeName);

    public static XElement? First(XElement element, string zeebeName) => Of(element, zeebeName).FirstOrDefault();

    /// <summary>The attribute as an engine value: null when blank, <c>${…}</c> for FEEL, the text for a literal.</summary>
    public static string? Value(XElement holder, string attribute, ParseContext context)
    {
        var text = MultiInstanceReader.NullIfBlank((string?)holder.Attribute(attribute));
        if (text is null || !IsFeel(text))
        {
            return text;
        }

        var expression = ToExpression(text, out var error);
        if (expression is null)
        {
            context.Error(holder, FeelNotTranslated.Format(holder.Name.LocalName, attribute, text, error));
        }

        return expression;
    }

    public static int? Number(XElement holder, string attribute, int minimum, ParseContext context)
    {
        var text = MultiInstanceReader.NullIfBlank((string?)holder.Attribute(attribute));
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }

        context.Error(holder, InvalidZeebeNumber.Format(holder.Name.LocalName, attribute, text, minimum));
        return null;
    }

    /// <summary>The zeebe:subscription correlationKey of a declared message, as an expression.</summary>
    public static string? CorrelationKey(string? messageRef, ParseContext context) =>
        messageRef is not null && context.Messages.TryGetValue(messageRef, out var message)
            && First(message, "subscription") is { } subscription
            ? Value(subscription, "correlationKey", context)
            : null;

    public static bool IsFeel(string text) => Feel.IsFeel(text);

    private static string? ToExpression(string feel, out string? error)
    {
        try
        {
            error = null;
            return Feel.ToExpression(feel);
        }
        catch (ExpressionException e)
        {
            error = e.Message;
            return null;
        }
    }
}
