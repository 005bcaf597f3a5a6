using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reads one flow element into a node; unsupported kinds become a placeholder so the graph stays whole.</summary>
internal sealed class NodeReader(ParseContext context)
{
    private readonly EventReader _events = new(context);
    private readonly ActivityReader _activities = new(context);

    public FlowNode? Read(XElement element, string? scopeId, bool inEventSubProcess)
    {
        var local = element.Name.LocalName;
        var id = (string?)element.Attribute("id");
        if (string.IsNullOrEmpty(id))
        {
            context.Error(element, MissingId.Format(DiagnosticTerms.Kind(local)));
            return null;
        }

        var node = local switch
        {
            "startEvent" or "endEvent" or "intermediateCatchEvent" or "intermediateThrowEvent" or "boundaryEvent"
                => _events.Read(element, id, inEventSubProcess),
            "exclusiveGateway" or "inclusiveGateway" or "parallelGateway" or "eventBasedGateway" => ReadGateway(element, id),
            "complexGateway" => NotExecuted(element, new Gateway { Id = id, GatewayKind = GatewayKind.Exclusive }),
            "scriptTask" => RefuseScript(element, id),
            "adHocSubProcess" => NotExecuted(element, new SubProcess { Id = id }),
            _ => _activities.Read(element, id),
        };
        if (node is null)
        {
            context.Error(element, UnknownElement.Format(local));
            return null;
        }

        if (node is Activity activity)
        {
            var (inputs, outputs) = InputOutputReader.Read(element, context);
            node = activity with
            {
                MultiInstance = MultiInstanceReader.Read(element, context),
                InputParameters = inputs,
                OutputParameters = outputs,
                IsForCompensation = CompensateDefinition.IsForCompensation(element),
                LocalResults = ZeebeValues.Of(element, "ioMapping").Elements(Zeebe + "output").Any(),
            };
        }
        else
        {
            node = EventIoMappingReader.Apply(element, node, context);
        }

        ReportIgnoredChildren(element);
        return node with
        {
            Async = AsyncReader.Read(element, node, inEventSubProcess, context),
            Listeners = ListenerReader.ForNode(element, node, context),
            Name = (string?)element.Attribute("name"),
            Line = ParseContext.LineOf(element),
            ScopeId = scopeId,
        };
    }

    private Gateway ReadGateway(XElement element, string id)
    {
        CamundaAttributes.Check(element, context);
        ExtensionElements.Check(element, context);
        var kind = element.Name.LocalName switch
        {
            "exclusiveGateway" => GatewayKind.Exclusive,
            "inclusiveGateway" => GatewayKind.Inclusive,
            "parallelGateway" => GatewayKind.Parallel,
            _ => GatewayKind.EventBased,
        };
        return new Gateway { Id = id, GatewayKind = kind, DefaultFlowId = (string?)element.Attribute("default") };
    }

    private PassThroughTask RefuseScript(XElement element, string id)
    {
        ScriptRefusal.ScriptTask(element, id, context);
        return new PassThroughTask { Id = id };
    }

    private FlowNode NotExecuted(XElement element, FlowNode placeholder)
    {
        context.NotExecuted(element, ElementNotExecuted.Format(DiagnosticTerms.Kind(element.Name.LocalName)));
        return placeholder;
    }

    private void ReportIgnoredChildren(XElement element)
    {
        foreach (var child in element.Elements().Where(e => e.Name.Namespace == Bpmn))
        {
            switch (child.Name.LocalName)
            {
                case "standardLoopCharacteristics":
                    context.NotExecuted(child, StandardLoopNotExecuted.Format());
                    break;
                case "dataInputAssociation" or "dataOutputAssociation" or "ioSpecification" or "property":
                    context.Warning(child, DataIgnored.Format(child.Name.LocalName));
                    break;
            }
        }
    }
}
