using System.Xml.Linq;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reads the five event elements; which triggers each may carry is decided here.</summary>
internal sealed class EventReader(ParseContext context)
{
    private readonly EventDefinitionReader _definitions = new(context);

    public FlowNode Read(XElement element, string id, bool inEventSubProcess)
    {
        switch (element.Name.LocalName)
        {
            case "startEvent":
                ExtensionElements.Check(element, context, "zeebe:ioMapping");
                CamundaAttributes.Check(element, context, "formKey", "initiator");
                var start = new StartEvent
                {
                    Id = id,
                    Trigger = inEventSubProcess
                        ? _definitions.Read(element, "none", "timer", "message", "error", "escalation", "signal", "conditional", "compensate")
                        : _definitions.Read(element, "none", "timer", "message", "signal", "conditional"),
                    IsInterrupting = !IsFalse(element, "isInterrupting"),
                };
                return start;
            case "endEvent":
                var end = _definitions.Read(element, "none", "terminate", "error", "escalation", "message", "signal", "compensate", "cancel");
                return new EndEvent { Id = id, Trigger = end, Job = MessageThrowReader.Read(element, end, context) };
            case "intermediateCatchEvent":
                ExtensionElements.Check(element, context, "zeebe:ioMapping");
                CamundaAttributes.Check(element, context);
                return new IntermediateCatchEvent { Id = id, Trigger = _definitions.Read(element, "timer", "message", "signal", "link", "conditional") };
            case "intermediateThrowEvent":
                var thrown = _definitions.Read(element, "none", "escalation", "signal", "message", "link", "compensate");
                return new IntermediateThrowEvent { Id = id, Trigger = thrown, Job = MessageThrowReader.Read(element, thrown, context) };
            default:
                ExtensionElements.Check(element, context, "zeebe:ioMapping");
                CamundaAttributes.Check(element, context);
                return new BoundaryEvent
                {
                    Id = id,
                    AttachedToId = (string?)element.Attribute("attachedToRef") ?? "",
                    CancelActivity = !IsFalse(element, "cancelActivity"),
                    Trigger = _definitions.Read(element, "timer", "message", "error", "escalation", "signal", "conditional", "compensate", "cancel"),
                };
        }
    }

    private static bool IsFalse(XElement element, string attribute) =>
        string.Equals((string?)element.Attribute(attribute), "false", StringComparison.OrdinalIgnoreCase);
}
