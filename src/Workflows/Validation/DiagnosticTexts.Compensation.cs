namespace Samverkan.Workflows.Validation;

/// <content>Compensation (boundary events, handlers, throw events, compensation event subprocesses) and the refused transaction.</content>
public static partial class DiagnosticTexts
{
    internal static readonly DiagnosticText TransactionNotSupported = new("transaction-not-supported",
        "transaction is not executed by Samverkan: use an embedded subprocess instead, whose failure path throws compensation " +
        "(an intermediate throw event with a compensateEventDefinition) and then ends with an error end event caught by an error boundary event on the subprocess",
        "Samverkan kan inte köra en transaktion (transaction): använd i stället en vanlig delprocess där felvägen först kastar kompensering " +
        "(en kastande mellanhändelse med compensateEventDefinition) och sedan slutar med en felsluthändelse som fångas av en felgränshändelse på delprocessen");

    internal static readonly DiagnosticText CancelEventNotSupported = new("cancel-event-not-supported",
        "cancel events are not executed by Samverkan (they belong to transactions): throw compensation with a compensation intermediate throw event, " +
        "then end with an error end event caught by an error boundary event",
        "Avbrytshändelser (cancel) körs inte av Samverkan (de hör till transaktioner): kasta kompensering med en kastande mellanhändelse för kompensering " +
        "och avsluta sedan med en felsluthändelse som fångas av en felgränshändelse");

    internal static readonly DiagnosticText CompensationNoWaitNotSupported = new("compensation-no-wait-not-supported",
        "waitForCompletion=\"false\" is not supported: a compensation throw event always waits until its handlers have finished; remove the attribute",
        "waitForCompletion=\"false\" stöds inte: en kompenseringshändelse väntar alltid tills hanterarna är klara; ta bort attributet");

    internal static readonly DiagnosticText CompensationBoundaryWithoutHandler = new("compensation-boundary-without-handler",
        "compensation boundary event has no compensation handler: connect it by an association to an activity marked isForCompensation=\"true\"",
        "Kompenseringsgränshändelsen saknar hanterare: koppla den med en association till en aktivitet markerad isForCompensation=\"true\"");

    internal static readonly DiagnosticText CompensationBoundaryWithFlows = new("compensation-boundary-with-flows",
        "compensation boundary event must not have sequence flows; its handler is connected by an association",
        "Kompenseringsgränshändelsen får inte ha sekvensflöden; hanteraren kopplas med en association");

    internal static readonly DiagnosticText CompensationHandlerNotActivity = new("compensation-handler-not-activity",
        "the compensation handler '{0}' is not an activity (task, subprocess or call activity)",
        "Kompenseringshanteraren '{0}' är ingen aktivitet (uppgift, delprocess eller anropsaktivitet)");

    internal static readonly DiagnosticText CompensationHandlerNotMarked = new("compensation-handler-not-marked",
        "the compensation handler '{0}' is not marked isForCompensation=\"true\"",
        "Kompenseringshanteraren '{0}' är inte markerad isForCompensation=\"true\"");

    internal static readonly DiagnosticText CompensationHandlerOtherScope = new("compensation-handler-other-scope",
        "the compensation handler '{0}' must be in the same (sub)process as the activity it compensates",
        "Kompenseringshanteraren '{0}' måste ligga i samma (del)process som aktiviteten den kompenserar");

    internal static readonly DiagnosticText CompensationHandlerWithFlows = new("compensation-handler-with-flows",
        "an activity marked isForCompensation=\"true\" must not have sequence flows: it runs only when compensation is thrown",
        "En aktivitet markerad isForCompensation=\"true\" får inte ha sekvensflöden: den körs bara när kompensering kastas");

    internal static readonly DiagnosticText CompensationHandlerUnused = new("compensation-handler-unused",
        "the activity is marked isForCompensation=\"true\" but no compensation boundary event is associated with it; it never runs",
        "Aktiviteten är markerad isForCompensation=\"true\" men ingen kompenseringsgränshändelse är kopplad till den; den körs aldrig");

    internal static readonly DiagnosticText CompensationActivityRefUnknown = new("compensation-activity-ref-unknown",
        "activityRef '{0}' names no activity in the scope of this compensation event",
        "activityRef '{0}' pekar inte på någon aktivitet i samma (del)process som kompenseringshändelsen");

    internal static readonly DiagnosticText CompensationActivityRefNotCompensable = new("compensation-activity-ref-not-compensable",
        "activityRef '{0}' names an activity with neither a compensation boundary event nor a compensation event subprocess",
        "activityRef '{0}' pekar på en aktivitet som varken har en kompenseringsgränshändelse eller en händelsedelprocess för kompensering");

    internal static readonly DiagnosticText CompensationStartOutsideSubprocess = new("compensation-start-outside-subprocess",
        "a compensation start event is only allowed in an event subprocess inside an embedded subprocess",
        "En starthändelse för kompensering får bara finnas i en händelsedelprocess inuti en vanlig delprocess");
}
