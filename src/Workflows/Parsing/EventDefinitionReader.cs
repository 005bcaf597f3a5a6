using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reads the event definition of an event into a trigger, resolving message, signal, error and escalation references.</summary>
internal sealed class EventDefinitionReader(ParseContext context)
{
    /// <param name="allowed">Trigger kinds ("none", "timer", ...) this element may carry in Samverkan.</param>
    public EventTrigger Read(XElement element, params string[] allowed)
    {
        var definitions = element.Elements()
            .Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal))
            .ToList();
        var local = element.Name.LocalName;
        if (definitions.Count == 0)
        {
            if (!allowed.Contains("none"))
            {
                context.Error(element, MissingEventDefinition.Format(DiagnosticTerms.Kind(local)));
            }

            return NoneTrigger.Instance;
        }

        if (definitions.Count > 1)
        {
            context.NotExecuted(element, MultipleEventDefinitions.Format(DiagnosticTerms.Kind(local)));
            return NoneTrigger.Instance;
        }

        var definition = definitions[0];
        var kind = definition.Name.LocalName[..^"EventDefinition".Length];
        if (!allowed.Contains(kind))
        {
            context.NotExecuted(definition, TriggerNotSupported.Format(DiagnosticTerms.Trigger(kind), DiagnosticTerms.Kind(local)));
            return NoneTrigger.Instance;
        }

        CamundaAttributes.Check(definition, context, kind == "conditional" ? ["variableName", "variableEvents"] : []);
        ExtensionElements.Check(definition, context);
        return kind switch
        {
            "timer" => ReadTimer(definition),
            "message" => new MessageTrigger(
                context.ResolveName(definition, (string?)definition.Attribute("messageRef"), context.Messages, UnknownMessage, MessageWithoutName),
                ZeebeValues.CorrelationKey((string?)definition.Attribute("messageRef"), context)),
            "signal" => new SignalTrigger(context.ResolveName(definition, (string?)definition.Attribute("signalRef"), context.Signals, UnknownSignal, SignalWithoutName)),
            "error" => ReadError(definition),
            "escalation" => ReadEscalation(definition),
            "link" => new LinkTrigger(((string?)definition.Attribute("name"))?.Trim() ?? ""),
            "conditional" => ConditionalDefinitionReader.Read(definition, context),
            "compensate" => CompensateDefinition.Read(definition, context),
            "cancel" => CancelTrigger.Instance,
            _ => TerminateTrigger.Instance,
        };
    }

    private EventTrigger ReadTimer(XElement definition)
    {
        var values = definition.Elements()
            .Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName is "timeDate" or "timeDuration" or "timeCycle")
            .ToList();
        if (values.Count > 1)
        {
            context.Error(definition, TimerValueCount.Format());
        }

        if (values.Count == 0)
        {
            // Reported by the validator as a timer without value.
            return new TimerTrigger(TimerKind.Duration, "");
        }

        var kind = values[0].Name.LocalName switch
        {
            "timeDate" => TimerKind.Date,
            "timeDuration" => TimerKind.Duration,
            _ => TimerKind.Cycle,
        };
        return new TimerTrigger(kind, values[0].Value.Trim());
    }

    private EventTrigger ReadError(XElement definition)
    {
        var reference = (string?)definition.Attribute("errorRef");
        if (string.IsNullOrEmpty(reference))
        {
            return new ErrorTrigger(null);
        }

        if (!context.Errors.TryGetValue(reference, out var error))
        {
            context.Error(definition, UnknownError.Format(reference));
            return new ErrorTrigger(null);
        }

        return new ErrorTrigger(NonEmpty(error, "errorCode"), NonEmpty(error, "name"));
    }

    private EventTrigger ReadEscalation(XElement definition)
    {
        var reference = (string?)definition.Attribute("escalationRef");
        if (string.IsNullOrEmpty(reference))
        {
            return new EscalationTrigger(null);
        }

        if (!context.Escalations.TryGetValue(reference, out var escalation))
        {
            context.Error(definition, UnknownEscalation.Format(reference));
            return new EscalationTrigger(null);
        }

        return new EscalationTrigger(NonEmpty(escalation, "escalationCode"), NonEmpty(escalation, "name"));
    }

    private static string? NonEmpty(XElement element, string attribute) =>
        MultiInstanceReader.NullIfBlank((string?)element.Attribute(attribute));
}
