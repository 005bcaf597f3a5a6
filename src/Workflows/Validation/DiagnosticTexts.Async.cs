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

    internal static readonly DiagnosticText AsyncBeforeEventGatewayTarget = new("async-before-after-event-gateway",
        "camunda:asyncBefore is not supported on an event after an event-based gateway: the gateway waits for the event itself; put camunda:asyncAfter on the event instead",
        "camunda:asyncBefore stöds inte på en händelse efter en händelsebaserad gateway: gatewayen väntar själv på händelsen; använd camunda:asyncAfter på händelsen i stället");

    internal static readonly DiagnosticText ScriptTaskNotExecuted = new("script-task-not-executed",
        "scriptTask '{0}' has a {1} script, which Samverkan does not run: make it a service task with camunda:type=\"external\" and a topic, and let a worker run the script",
        "Skriptuppgiften (scriptTask) '{0}' har ett skript i {1}, och Samverkan kör inga skript: gör den till en serviceuppgift med camunda:type=\"external\" och ett ämne (topic), och låt en extern arbetare köra skriptet");

    internal static readonly DiagnosticText ScriptNotExecuted = new("script-not-executed",
        "the {1} script in {0} of '{2}' is not run by Samverkan: use an expression ${{...}} there, or a service task with camunda:type=\"external\" and a topic whose worker runs the script",
        "Skriptet i {1} i {0} på '{2}' körs inte av Samverkan: använd ett uttryck ${{...}} där, eller en serviceuppgift med camunda:type=\"external\" och ett ämne (topic) vars externa arbetare kör skriptet");

    internal static readonly DiagnosticText ListenerJavaNotExecuted = new("listener-java-not-executed",
        "camunda:{0} event=\"{1}\" names the Java class '{2}', which Samverkan cannot run: use delegateExpression=\"${{handlerName}}\" with a registered listener handler, or expression=\"${{...}}\"",
        "camunda:{0} event=\"{1}\" anger Java-klassen '{2}', som Samverkan inte kan köra: använd delegateExpression=\"${{handlerName}}\" med en registrerad lyssnare, eller expression=\"${{...}}\"");

    internal static readonly DiagnosticText ListenerWithoutImplementation = new("listener-without-implementation",
        "camunda:{0} event=\"{1}\" needs delegateExpression=\"${{handlerName}}\" or expression=\"${{...}}\"",
        "camunda:{0} event=\"{1}\" behöver delegateExpression=\"${{handlerName}}\" eller expression=\"${{...}}\"");

    internal static readonly DiagnosticText ListenerEventNotSupported = new("listener-event-not-supported",
        "camunda:{0} event=\"{1}\" is not supported on {2}; supported here: {3}",
        "camunda:{0} event=\"{1}\" stöds inte på {2}; här stöds: {3}");

    internal static readonly DiagnosticText ListenerOnGatewayNotSupported = new("listener-on-gateway-not-supported",
        "camunda:executionListener event=\"{0}\" is not supported on a gateway (it chooses and joins tokens without starting or ending like a task): put the listener on the element before or after it",
        "camunda:executionListener event=\"{0}\" stöds inte på en gateway (den väljer och förenar tokens utan att starta eller avslutas som en uppgift): sätt lyssnaren på elementet före eller efter den");

    internal static readonly DiagnosticText TakeListenerAfterGateway = new("take-listener-after-gateway",
        "camunda:executionListener event=\"take\" is not supported on a flow leaving a gateway: put an event=\"start\" listener on '{0}' instead",
        "camunda:executionListener event=\"take\" stöds inte på ett flöde från en gateway: sätt en lyssnare med event=\"start\" på '{0}' i stället");

    internal static readonly DiagnosticText ListenerOnProcessNotSupported = new("listener-on-process-not-supported",
        "camunda:{0} on the process itself is not supported: put it on the start or end event",
        "camunda:{0} på själva processen stöds inte: sätt den på start- eller sluthändelsen");

    internal static readonly DiagnosticText ZeebeListenerType = new("zeebe-listener-type",
        "zeebe:executionListener eventType=\"{0}\" needs a fixed job type (type=\"{1}\"): a FEEL expression (=...) is not evaluated",
        "zeebe:executionListener eventType=\"{0}\" behöver en fast jobbtyp (type=\"{1}\"): ett FEEL-uttryck (=...) utvärderas inte");

    internal static readonly DiagnosticText ZeebeListenerRetries = new("zeebe-listener-retries",
        "zeebe:executionListener retries=\"{0}\" is not a positive whole number",
        "zeebe:executionListener retries=\"{0}\" är inte ett positivt heltal");
}
