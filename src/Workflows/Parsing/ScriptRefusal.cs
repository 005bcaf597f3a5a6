using System.Xml.Linq;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>
/// Samverkan runs no scripts (no script engine in the process, none to sandbox): a script task, a camunda:script in a
/// parameter or listener and a zeebe:script are refused plainly, naming the element and the language.
/// </summary>
internal static class ScriptRefusal
{
    private static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";

    public static void ScriptTask(XElement element, string id, ParseContext context)
    {
        var zeebe = element.Elements(Bpmn + "extensionElements").Elements(Zeebe + "script").FirstOrDefault();
        var language = Blank((string?)element.Attribute("scriptFormat"))
            ?? (zeebe is not null ? "FEEL (zeebe:script)" : null)
            ?? "an unnamed language";
        context.NotExecuted(element, ScriptTaskNotExecuted.Format(id, language));
    }

    /// <summary>A camunda:script (or zeebe:script) element inside <paramref name="where"/>, e.g. "camunda:inputParameter 'x'".</summary>
    public static void Script(XElement script, string where, ParseContext context)
    {
        var language = Blank((string?)script.Attribute("scriptFormat")) ?? (script.Name.Namespace == Zeebe ? "FEEL" : "an unnamed language");
        context.NotExecuted(script, ScriptNotExecuted.Format(where, language, ParseContext.OwnerId(script) ?? ""));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
