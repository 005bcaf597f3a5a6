using System.Text.RegularExpressions;
using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>
/// Reads camunda:executionListener (start and end on flow nodes, take on sequence flows) and camunda:taskListener
/// (create, assignment and complete on user tasks); Java classes, scripts and unsupported events are refused.
/// </summary>
internal static partial class ListenerReader
{
    [GeneratedRegex(@"^\$\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}$")]
    private static partial Regex HandlerName();

    /// <summary>Flow nodes and sequence flows read their listeners here; anywhere else (process, event definitions) they are refused.</summary>
    public static bool ReadsOn(XElement element) =>
        element.Name.Namespace == Bpmn && element.Name.LocalName is not ("process" or "definitions" or "multiInstanceLoopCharacteristics")
        && !element.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal);

    private static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";
    public static readonly XName ZeebeListeners = Zeebe + "executionListeners";

    public static IReadOnlyList<Listener> ForNode(XElement element, FlowNode node, ParseContext context)
    {
        var listeners = new List<Listener>();
        foreach (var child in element.Elements(Bpmn + "extensionElements").Elements(ZeebeListeners).Elements())
        {
            if (ReadZeebe(child, node, context) is { } listener)
            {
                listeners.Add(listener);
            }
        }
        foreach (var child in ExtensionElements.Of(element, "executionListener"))
        {
            if (Read(child, "executionListener", context) is not { } listener)
            {
                continue;
            }
            if (node is Gateway)
            {
                context.NotExecuted(child, ListenerOnGatewayNotSupported.Format((string?)child.Attribute("event")));
            }
            else if (listener.Event is not (ListenerEvent.Start or ListenerEvent.End)
                || (listener.Event == ListenerEvent.End && node is EndEvent { Trigger: not NoneTrigger }))
            {
                context.NotExecuted(child, ListenerEventNotSupported.Format("executionListener", (string?)child.Attribute("event"),
                    DiagnosticTerms.Kind(node.Kind), node is EndEvent { Trigger: not NoneTrigger } ? "start" : "start, end"));
            }
            else
            {
                listeners.Add(listener);
            }
        }
        foreach (var child in ExtensionElements.Of(element, "taskListener"))
        {
            if (Read(child, "taskListener", context) is not { } listener)
            {
                continue;
            }
            if (node is not UserTask || listener.Event is not (ListenerEvent.Create or ListenerEvent.Assignment or ListenerEvent.Complete))
            {
                context.NotExecuted(child, ListenerEventNotSupported.Format("taskListener", (string?)child.Attribute("event"),
                    DiagnosticTerms.Kind(node.Kind), node is UserTask ? "create, assignment, complete" : "none (only on a userTask)"));
                continue;
            }
            listeners.Add(listener);
        }
        return listeners;
    }

    public static IReadOnlyList<Listener> ForFlow(XElement flow, ParseContext context)
    {
        var listeners = new List<Listener>();
        foreach (var child in ExtensionElements.Of(flow, "executionListener"))
        {
            if (Read(child, "executionListener", context) is not { } listener)
            {
                continue;
            }
            var sourceId = (string?)flow.Attribute("sourceRef");
            var source = flow.Parent?.Elements().FirstOrDefault(e => (string?)e.Attribute("id") == sourceId);
            if (listener.Event != ListenerEvent.Take)
            {
                context.NotExecuted(child, ListenerEventNotSupported.Format("executionListener", (string?)child.Attribute("event"),
                    DiagnosticTerms.Kind("sequenceFlow"), "take"));
            }
            else if (source?.Name.LocalName.EndsWith("Gateway", StringComparison.Ordinal) == true)
            {
                context.NotExecuted(child, TakeListenerAfterGateway.Format((string?)flow.Attribute("targetRef")));
            }
            else
            {
                listeners.Add(listener);
            }
        }
        return listeners;
    }

    /// <summary>zeebe:executionListener eventType="start|end" type="job-type" retries="n": a job for an external worker.</summary>
    private static Listener? ReadZeebe(XElement child, FlowNode node, ParseContext context)
    {
        var eventName = (string?)child.Attribute("eventType") ?? "";
        ListenerEvent? at = eventName switch { "start" => ListenerEvent.Start, "end" => ListenerEvent.End, _ => null };
        var type = MultiInstanceReader.NullIfBlank((string?)child.Attribute("type"));
        var retriesText = (string?)child.Attribute("retries");
        if (child.Name != Zeebe + "executionListener" || at is null || node is Gateway
            || (at == ListenerEvent.End && node is EndEvent { Trigger: not NoneTrigger }))
        {
            context.NotExecuted(child, ListenerEventNotSupported.Format("zeebe:" + child.Name.LocalName, eventName, DiagnosticTerms.Kind(node.Kind),
                node is Gateway ? "none (put it on the element before or after the gateway)" : "start, end"));
            return null;
        }
        if (type is null || type.StartsWith('='))
        {
            context.NotExecuted(child, ZeebeListenerType.Format(eventName, type ?? ""));
            return null;
        }
        var retries = 3;
        if (retriesText is not null && (!int.TryParse(retriesText, out retries) || retries < 1))
        {
            context.Error(child, ZeebeListenerRetries.Format(retriesText));
            return null;
        }
        return new Listener(at.Value, null, null, ParseContext.LineOf(child)) { JobType = type, Retries = retries };
    }

    private static Listener? Read(XElement child, string kind, ParseContext context)
    {
        var eventName = (string?)child.Attribute("event") ?? "";
        if (child.Attribute("class") is { } javaClass)
        {
            context.NotExecuted(child, ListenerJavaNotExecuted.Format(kind, eventName, javaClass.Value));
            return null;
        }
        if (child.Element(Camunda + "script") is { } script)
        {
            ScriptRefusal.Script(script, $"camunda:{kind} event=\"{eventName}\"", context);
            return null;
        }
        ListenerEvent? at = eventName switch
        {
            "start" => ListenerEvent.Start,
            "end" => ListenerEvent.End,
            "take" => ListenerEvent.Take,
            "create" => ListenerEvent.Create,
            "assignment" => ListenerEvent.Assignment,
            "complete" => ListenerEvent.Complete,
            _ => null,
        };
        if (at is null)
        {
            var element = child.Parent?.Parent;
            context.NotExecuted(child, ListenerEventNotSupported.Format(kind, eventName,
                DiagnosticTerms.Kind(element?.Name.LocalName ?? ""), kind == "taskListener" ? "create, assignment, complete" : "start, end, take"));
            return null;
        }
        var line = ParseContext.LineOf(child);
        if ((string?)child.Attribute("delegateExpression") is { } delegateExpression)
        {
            var match = HandlerName().Match(delegateExpression);
            if (match.Success)
            {
                return new Listener(at.Value, match.Groups[1].Value, null, line);
            }
            context.NotExecuted(child, InvalidDelegateExpression.Format());
            return null;
        }
        if (MultiInstanceReader.NullIfBlank((string?)child.Attribute("expression")) is { } expression)
        {
            return new Listener(at.Value, null, expression, line);
        }
        context.NotExecuted(child, ListenerWithoutImplementation.Format(kind, eventName));
        return null;
    }
}
