namespace Samverkan.Workflows.Validation;

/// <content>The validator's rules: graph shape, gateways, events, activities, expressions.</content>
public static partial class DiagnosticTexts
{
    internal static readonly DiagnosticText UnknownFlowSource = new("unknown-flow-source",
        "unknown flow source '{0}'",
        "Sekvensflödets källa '{0}' finns inte");

    internal static readonly DiagnosticText UnknownFlowTarget = new("unknown-flow-target",
        "unknown flow target '{0}'",
        "Sekvensflödets mål '{0}' finns inte");

    internal static readonly DiagnosticText FlowCrossesScope = new("flow-crosses-scope",
        "sequence flow crosses a subprocess boundary: '{0}' and '{1}' are in different scopes",
        "Sekvensflödet korsar gränsen för en delprocess: '{0}' och '{1}' ligger på olika nivåer");

    internal static readonly DiagnosticText ConditionNeverEvaluated = new("condition-never-evaluated",
        "a condition on a flow leaving the {0} '{1}' is never evaluated",
        "Villkoret utvärderas aldrig: flödet går ut från '{1}' ({0})");

    internal static readonly DiagnosticText ConditionOnOnlyFlow = new("condition-on-only-flow",
        "a condition on the only outgoing flow of '{0}': when false the token is stuck",
        "Villkoret sitter på det enda utgående flödet från '{0}': är det falskt fastnar processen där");

    internal static readonly DiagnosticText ConditionalFlowNotExecuted = new("conditional-flow-not-executed",
        "a conditional flow out of the {0} '{1}' is not executed; add an exclusive gateway after it",
        "Ett villkorat flöde ut från '{1}' ({0}) körs inte; lägg till en exklusiv gateway efter elementet");

    internal static readonly DiagnosticText DefaultFlowNotAllowed = new("default-flow-not-allowed",
        "a {0} cannot have a default flow",
        "En {0} kan inte ha ett standardflöde");

    internal static readonly DiagnosticText DefaultFlowNotOutgoing = new("default-flow-not-outgoing",
        "default flow '{0}' is not an outgoing flow of the gateway",
        "Standardflödet '{0}' är inte ett utgående flöde från gatewayen");

    internal static readonly DiagnosticText DefaultFlowWithCondition = new("default-flow-with-condition",
        "default flow '{0}' has a condition; a default flow must not",
        "Standardflödet '{0}' har ett villkor; ett standardflöde får inte ha något villkor");

    internal static readonly DiagnosticText FlowAlwaysTaken = new("flow-always-taken",
        "flow out of '{0}' has no condition and is not the default: it is always taken",
        "Flödet ut från '{0}' saknar villkor och är inte standardflöde: det tas alltid");

    internal static readonly DiagnosticText EventGatewayTooFewFlows = new("event-gateway-too-few-flows",
        "an event-based gateway needs at least two outgoing flows",
        "En händelsebaserad gateway behöver minst två utgående flöden");

    internal static readonly DiagnosticText EventGatewayInvalidTarget = new("event-gateway-invalid-target",
        "'{0}' follows an event-based gateway but is not a timer, message, signal or conditional catch event or a receive task",
        "'{0}' följer på en händelsebaserad gateway men är varken en fångande timer-, meddelande-, signal- eller villkorshändelse eller en mottagningsuppgift");

    internal static readonly DiagnosticText BoundaryUnknownHost = new("boundary-unknown-host",
        "boundary event is attached to unknown node '{0}'",
        "Gränshändelsen sitter på '{0}', som inte finns");

    internal static readonly DiagnosticText BoundaryHostNotActivity = new("boundary-host-not-activity",
        "boundary event is attached to the {0} '{1}', which is not an activity",
        "Gränshändelsen sitter på '{1}' ({0}), som inte är en aktivitet");

    internal static readonly DiagnosticText BoundaryWithIncoming = new("boundary-with-incoming",
        "a boundary event cannot have incoming sequence flows",
        "En gränshändelse kan inte ha inkommande sekvensflöden");

    internal static readonly DiagnosticText BoundaryWithoutOutgoing = new("boundary-without-outgoing",
        "boundary event has no outgoing sequence flow",
        "Gränshändelsen saknar utgående sekvensflöde");

    internal static readonly DiagnosticText ErrorBoundaryNotInterrupting = new("error-boundary-not-interrupting",
        "an error boundary event must be interrupting (cancelActivity=\"true\")",
        "En felgränshändelse måste vara avbrytande (cancelActivity=\"true\")");

    internal static readonly DiagnosticText NoStartEvent = new("no-start-event",
        "process has no start event",
        "Processen saknar starthändelse");

    internal static readonly DiagnosticText SeveralNoneStarts = new("several-none-starts",
        "process has more than one none start event",
        "Processen har mer än en starthändelse utan händelsedefinition");

    internal static readonly DiagnosticText SubProcessStart = new("subprocess-start",
        "an embedded subprocess needs exactly one start event without trigger",
        "En inbäddad delprocess behöver exakt en starthändelse utan händelsedefinition");

    internal static readonly DiagnosticText EventSubProcessStart = new("event-subprocess-start",
        "an event subprocess needs exactly one start event with a timer, message, signal, conditional, error, escalation or compensation trigger",
        "En händelsedelprocess behöver exakt en starthändelse av typen timer, meddelande, signal, villkor, fel, eskalering eller kompensation");

    internal static readonly DiagnosticText EventSubProcessFlows = new("event-subprocess-flows",
        "an event subprocess cannot have incoming or outgoing sequence flows",
        "En händelsedelprocess kan inte ha inkommande eller utgående sekvensflöden");

    internal static readonly DiagnosticText Unreachable = new("unreachable",
        "{0} has no incoming sequence flow: unreachable",
        "Inget sekvensflöde leder till elementet ({0}): det kan aldrig nås");

    internal static readonly DiagnosticText MissingCalledElement = new("missing-called-element",
        "missing calledElement",
        "Anropsaktiviteten saknar calledElement");

    internal static readonly DiagnosticText MissingCalledElementVersion = new("missing-called-element-version",
        "calledElementBinding \"version\" needs camunda:calledElementVersion",
        "calledElementBinding \"version\" kräver camunda:calledElementVersion");

    internal static readonly DiagnosticText MultiInstanceWithoutInput = new("multi-instance-without-input",
        "multi-instance needs camunda:collection or loopCardinality",
        "Multi-instans kräver camunda:collection eller loopCardinality");

    internal static readonly DiagnosticText DuplicateFormField = new("duplicate-form-field",
        "duplicate form field id '{0}'",
        "Flera formulärfält har id:t '{0}'");

    internal static readonly DiagnosticText UnknownFormFieldType = new("unknown-form-field-type",
        "form field '{0}' has unknown type '{1}' (string, long, boolean, date, enum)",
        "Formulärfältet '{0}' har en okänd typ '{1}' (string, long, boolean, date, enum)");

    internal static readonly DiagnosticText EnumWithoutValues = new("enum-without-values",
        "enum form field '{0}' has no values",
        "Formulärfältet '{0}' av typen enum saknar värden");

    internal static readonly DiagnosticText CompletionRuleSetEmpty = new("completion-rule-set-empty",
        "camunda:property '{0}' must name a rule set (several separated by commas)",
        "camunda:property '{0}' måste ange en regeluppsättning (flera åtskilda med kommatecken)");

    internal static readonly DiagnosticText ReceiveTaskWithoutMessage = new("receive-task-without-message",
        "receive task has no message",
        "Mottagningsuppgiften saknar meddelande");

    internal static readonly DiagnosticText MessageEventWithoutMessage = new("message-event-without-message",
        "message event has no message",
        "Meddelandehändelsen saknar meddelande");

    internal static readonly DiagnosticText SignalEventWithoutSignal = new("signal-event-without-signal",
        "signal event has no signal",
        "Signalhändelsen saknar signal");

    internal static readonly DiagnosticText TimerWithoutValue = new("timer-without-value",
        "timer has no value",
        "Timern saknar värde");

    internal static readonly DiagnosticText InvalidExpression = new("invalid-expression",
        "{0}: {1}",
        "Uttrycket i {0} är felaktigt: {1}");

    internal static readonly DiagnosticText InvalidTimer = new("invalid-timer",
        "timer: {0}",
        "Timerns värde är felaktigt: {0}");

    internal static readonly DiagnosticText InvalidTimeDate = new("invalid-time-date",
        "timer: timeDate '{0}' is not an ISO-8601 date-time such as 2026-03-01T08:00:00+01:00",
        "Timerns tidpunkt '{0}' är inte en tidpunkt enligt ISO 8601, till exempel 2026-03-01T08:00:00+01:00");

    internal static readonly DiagnosticText InvalidTimeDuration = new("invalid-time-duration",
        "timer: timeDuration '{0}' is not an ISO-8601 duration such as PT1H30M or P7D",
        "Timerns varaktighet '{0}' är inte en varaktighet enligt ISO 8601, till exempel PT1H30M (en och en halv timme) eller P7D (sju dagar)");
}
