using System.Xml.Linq;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reports the children of bpmn:extensionElements that the element's reader did not consume.</summary>
internal static class ExtensionElements
{
    // Scripts-by-mapping and Java wiring run code inside Camunda; Samverkan would silently skip it. Listeners on flow
    // nodes and flows are read by ListenerReader; elsewhere they are not executed.
    private static readonly HashSet<string> NotExecuted =
        ["executionListener", "taskListener", "inputOutput", "connector", "field", "script"];

    // Zeebe wiring that runs code or reacts to lifecycle events; the rest of zeebe:* is read by the element's reader.
    private static readonly HashSet<string> ZeebeNotExecutedNames = ["executionListeners", "taskListeners", "script"];

    // Markers and form declarations read elsewhere (the form by the user task that links it).
    private static readonly HashSet<string> ZeebeSilent = ["properties", "userTask", "userTaskForm", "versionTag"];

    public static IEnumerable<XElement> Of(XElement element, string camundaName) =>
        element.Elements(Bpmn + "extensionElements").Elements(Camunda + camundaName);

    public static void Check(XElement element, ParseContext context, params string[] consumed)
    {
        foreach (var child in element.Elements(Bpmn + "extensionElements").Elements())
        {
            var name = child.Name.LocalName;
            if (child.Name == ListenerReader.ZeebeListeners && ListenerReader.ReadsOn(element))
            {
                continue;
            }
            if (child.Name.Namespace == Zeebe)
            {
                CheckZeebe(child, context, consumed);
            }
            else if (child.Name.Namespace != Camunda)
            {
                context.Warning(child, ForeignExtensionIgnored.Format(child.Name.ToString()));
            }
            else if (consumed.Contains(name) || name is "properties" or "failedJobRetryTimeCycle")
            {
                continue;
            }
            else if (name is "executionListener" or "taskListener" && ListenerReader.ReadsOn(element))
            {
                continue;
            }
            else if (name is "executionListener" or "taskListener" && element.Name.LocalName == "process")
            {
                context.NotExecuted(child, ListenerOnProcessNotSupported.Format(name));
            }
            else if (NotExecuted.Contains(name))
            {
                context.NotExecuted(child, CamundaNotExecuted.Format(name));
            }
            else
            {
                context.Warning(child, UnknownCamundaElement.Format(name));
            }
        }
    }

    /// <param name="consumed">zeebe elements are named with their prefix, e.g. "zeebe:taskDefinition".</param>
    private static void CheckZeebe(XElement child, ParseContext context, string[] consumed)
    {
        var name = child.Name.LocalName;
        if (consumed.Contains("zeebe:" + name) || ZeebeSilent.Contains(name) || (name == "ioMapping" && consumed.Contains("inputOutput")))
        {
            return;
        }

        if (ZeebeNotExecutedNames.Contains(name) || name == "ioMapping")
        {
            context.NotExecuted(child, ZeebeNotExecuted.Format(name));
        }
        else
        {
            context.Warning(child, ZeebeIgnored.Format(name));
        }
    }
}
