namespace Samverkan.Workflows.Validation;

/// <content>Compensation (boundary events, handlers, throw events, compensation event subprocesses) transactions with their cancel events.</content>
public static partial class DiagnosticTexts
{
    internal static readonly DiagnosticText CancelEndOutsideTransaction = new("cancel-end-outside-transaction",
        "a cancel end event is only allowed directly inside a transaction; elsewhere, undo completed work with a compensation end event",
        "En avbrytssluthändelse (cancel) får bara ligga direkt i en transaktion; på andra ställen ångras utfört arbete med en sluthändelse för kompensering");

    internal static readonly DiagnosticText CancelBoundaryNotOnTransaction = new("cancel-boundary-not-on-transaction",
        "a cancel boundary event can only be attached to a transaction; use an error boundary event on other activities",
        "En avbrytsgränshändelse (cancel) kan bara sitta på en transaktion; använd en felgränshändelse på andra aktiviteter");

    internal static readonly DiagnosticText CancelBoundaryNotInterrupting = new("cancel-boundary-not-interrupting",
        "a cancel boundary event always interrupts its transaction; remove cancelActivity=\"false\"",
        "En avbrytsgränshändelse avbryter alltid sin transaktion; ta bort cancelActivity=\"false\"");

    internal static readonly DiagnosticText TransactionWithoutCancelBoundary = new("transaction-without-cancel-boundary",
        "the transaction has a cancel end event but no cancel boundary event to leave by; add one",
        "Transaktionen har en avbrytssluthändelse men ingen avbrytsgränshändelse att fortsätta från; lägg till en");

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
