using System.Xml.Linq;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reads the five event elements; which triggers each may carry is decided here.</summary>
internal sealed class EventReader(ParseContext context)
{
    private readonly EventDefinitionReader _definitions = new(context);

    public FlowNode Read(XElement element, string id, bool inEventSubProcess)
    {
        ExtensionElements.Check(element, context);
        switch (element.Name.LocalName)
        {
            case "startEvent":
                CamundaAttributes.Check(element, context, "formKey", "initiator");
                var start = new StartEvent
                {
                    Id = id,
                    Trigger = inEventSubProcess
                        ? _definitions.Read(element, "none", "timer", "message", "error", "escalation", "compensate")
                        : _definitions.Read(element, "none", "timer", "message"),
                    IsInterrupting = !IsFalse(element, "isInterrupting"),
                };
                return start;
            case "endEvent":
                CamundaAttributes.Check(element, context);
                return new EndEvent { Id = id, Trigger = _definitions.Read(element, "none", "terminate", "error", "escalation", "compensate", "cancel") };
            case "intermediateCatchEvent":
                CamundaAttributes.Check(element, context);
                return new IntermediateCatchEvent { Id = id, Trigger = _definitions.Read(element, "timer", "message", "signal") };
            case "intermediateThrowEvent":
                CamundaAttributes.Check(element, context);
                return new IntermediateThrowEvent { Id = id, Trigger = _definitions.Read(element, "none", "escalation", "signal", "compensate") };
            default:
                CamundaAttributes.Check(element, context);
                return new BoundaryEvent
                {
                    Id = id,
                    AttachedToId = (string?)element.Attribute("attachedToRef") ?? "",
                    CancelActivity = !IsFalse(element, "cancelActivity"),
                    Trigger = _definitions.Read(element, "timer", "message", "error", "escalation", "signal", "compensate", "cancel"),
                };
        }
    }

    private static bool IsFalse(XElement element, string attribute) =>
        string.Equals((string?)element.Attribute(attribute), "false", StringComparison.OrdinalIgnoreCase);
}
