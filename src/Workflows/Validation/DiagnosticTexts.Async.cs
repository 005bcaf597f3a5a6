namespace Samverkan.Workflows.Validation;

/// <content>Asynchronous continuations, listeners and scripts (issue 14, points 2 and 4).</content>
public static partial class DiagnosticTexts
{
    internal static readonly DiagnosticText InvalidAsyncFlag = new("invalid-async-flag",
        "camunda:{0}=\"{1}\" is neither \"true\" nor \"false\"",
        "camunda:{0}=\"{1}\" är varken \"true\" eller \"false\"");

    internal static readonly DiagnosticText InvalidRetryCycle = new("invalid-retry-cycle",
        "camunda:failedJobRetryTimeCycle '{0}' is not R<attempts>/<duration> (e.g. R3/PT5M) or a list of durations (e.g. PT1M,PT5M); months and years are not allowed",
        "camunda:failedJobRetryTimeCycle '{0}' är varken R<försök>/<varaktighet> (t.ex. R3/PT5M) eller en lista av varaktigheter (t.ex. PT1M,PT5M); månader och år går inte");

    internal static readonly DiagnosticText RetryCycleWithoutJob = new("retry-cycle-without-job",
        "camunda:failedJobRetryTimeCycle has no effect here: the element has no job (set camunda:asyncBefore or camunda:asyncAfter)",
        "camunda:failedJobRetryTimeCycle har ingen verkan här: elementet har inget jobb (sätt camunda:asyncBefore eller camunda:asyncAfter)");

    internal static readonly DiagnosticText AsyncBeforeNotSupported = new("async-before-not-supported",
        "camunda:asyncBefore is not supported on {0}: the event starts the element, no token arrives to be parked; put camunda:asyncAfter on it instead",
        "camunda:asyncBefore stöds inte på {0}: händelsen startar elementet, ingen token kommer dit som kan parkeras; använd camunda:asyncAfter i stället");

    internal static readonly DiagnosticText AsyncAfterNotSupported = new("async-after-not-supported",
        "camunda:asyncAfter is not supported on {0}: a gateway chooses its flows as it leaves; put camunda:asyncBefore on the elements after it instead",
        "camunda:asyncAfter stöds inte på {0}: en gateway väljer flöden när den lämnas; sätt camunda:asyncBefore på elementen efter den i stället");

    internal static readonly DiagnosticText AsyncAfterEventGatewayTarget = new("async-before-after-event-gateway",
        "camunda:asyncBefore is not supported on an event after an event-based gateway: the gateway waits for the event itself; put camunda:asyncAfter on the event instead",
        "camunda:asyncBefore stöds inte på en händelse efter en händelsebaserad gateway: gatewayen väntar själv på händelsen; använd camunda:asyncAfter på händelsen i stället");
}
