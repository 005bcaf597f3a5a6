using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reads tasks, subprocesses and call activities; returns null for an element it does not know.</summary>
internal sealed class ActivityReader(ParseContext context)
{
    public Activity? Read(XElement element, string id)
    {
        switch (element.Name.LocalName)
        {
            case "task" or "manualTask":
                Check(element);
                return new PassThroughTask { Id = id, IsManual = element.Name.LocalName == "manualTask" };
            case "userTask":
                return UserTaskReader.Read(element, id, context);
            case "serviceTask" or "sendTask":
                return ServiceTaskReader.Read(element, id, context);
            case "receiveTask":
                Check(element);
                var message = context.ResolveName(element, (string?)element.Attribute("messageRef"), context.Messages, UnknownMessage, MessageWithoutName);
                return new ReceiveTask
                {
                    Id = id,
                    MessageName = message,
                    CorrelationKey = ZeebeValues.CorrelationKey((string?)element.Attribute("messageRef"), context),
                };
            case "businessRuleTask":
                return ReadBusinessRuleTask(element, id);
            case "subProcess" or "transaction":
                Check(element);
                var triggeredByEvent = string.Equals(
                    (string?)element.Attribute("triggeredByEvent"), "true", StringComparison.OrdinalIgnoreCase);
                return new SubProcess { Id = id, TriggeredByEvent = triggeredByEvent, IsTransaction = element.Name.LocalName == "transaction" };
            case "callActivity":
                return CallActivityReader.Read(element, id, context);
            default:
                return null;
        }
    }

    private void Check(XElement element, params string[] consumed)
    {
        CamundaAttributes.Check(element, context, consumed);
        ExtensionElements.Check(element, context, "inputOutput");
    }

    private Activity ReadBusinessRuleTask(XElement element, string id)
    {
        CamundaAttributes.Check(element, context, "decisionRef", "resultVariable", "decisionRefBinding", "mapDecisionResult");
        ExtensionElements.Check(element, context, "inputOutput", "zeebe:calledDecision");
        if (ZeebeValues.First(element, "calledDecision") is { } called)
        {
            return ReadCalledDecision(called, id);
        }

        var binding = (string?)element.Attribute(Camunda + "decisionRefBinding");
        if (binding is not null && binding != "latest")
        {
            context.NotExecuted(element, DecisionRefBindingNotSupported.Format(binding));
        }

        if (element.Attribute(Camunda + "mapDecisionResult") is not null)
        {
            context.Warning(element, MapDecisionResultIgnored.Format());
        }

        var decisionRef = MultiInstanceReader.NullIfBlank((string?)element.Attribute(Camunda + "decisionRef"));
        if (decisionRef is null)
        {
            context.Error(element, MissingDecisionRef.Format());
            return new PassThroughTask { Id = id };
        }

        return new BusinessRuleTask
        {
            Id = id,
            DecisionRef = decisionRef,
            ResultVariable = MultiInstanceReader.NullIfBlank((string?)element.Attribute(Camunda + "resultVariable")),
        };
    }

    // Camunda 8: zeebe:calledDecision decisionId names the rule set, resultVariable receives its result.
    private Activity ReadCalledDecision(XElement called, string id)
    {
        var decisionId = MultiInstanceReader.NullIfBlank((string?)called.Attribute("decisionId"));
        if (decisionId is null || ZeebeValues.IsFeel(decisionId))
        {
            context.Error(called, decisionId is null
                ? MissingZeebeAttribute.Format("calledDecision", "decisionId")
                : FeelNotTranslated.Format("calledDecision", "decisionId", decisionId, "the rule set must be named literally"));
            return new PassThroughTask { Id = id };
        }

        return new BusinessRuleTask
        {
            Id = id,
            DecisionRef = decisionId,
            ResultVariable = MultiInstanceReader.NullIfBlank((string?)called.Attribute("resultVariable")),
        };
    }
}
