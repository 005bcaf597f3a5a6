namespace Samverkan.Workflows.Validation;

/// <summary>
/// Every diagnostic's text, English beside Swedish: the file and the document's structure here, Camunda extensions
/// and the validator's rules in the other parts of this class.
/// </summary>
/// <remarks>
/// English is what the API and the <c>validate</c> command report (clients and tests match on it: do not reword).
/// Swedish is what the designer reads in the web UI; it frames third-party detail (XML, expression, timer
/// errors) and keeps that detail as it is. Codes are stable.
/// </remarks>
public static partial class DiagnosticTexts
{
    internal static readonly DiagnosticText FileTooLarge = new("file-too-large",
        "the file is too large",
        "Filen är för stor");

    /// <summary>The file could not be opened at all; used by the <c>validate</c> command.</summary>
    public static readonly DiagnosticText FileUnreadable = new("file-unreadable",
        "cannot read the file: {0}",
        "Filen går inte att läsa: {0}");

    internal static readonly DiagnosticText UnreadableXml = new("unreadable-xml",
        "not readable XML: {0}",
        "XML-filen går inte att läsa: {0}");

    internal static readonly DiagnosticText WrongRoot = new("wrong-root",
        "the root element is '{0}', expected bpmn:definitions in namespace {1}",
        "Rotelementet är '{0}'; det ska vara bpmn:definitions i namnrymden {1}");

    internal static readonly DiagnosticText NoExecutableProcess = new("no-executable-process",
        "the file has no executable process (isExecutable=\"true\")",
        "Filen har ingen körbar process (isExecutable=\"true\")");

    internal static readonly DiagnosticText ProcessNotExecutable = new("process-not-executable",
        "process is not executable (isExecutable is not \"true\") and is ignored",
        "Processen är inte körbar (isExecutable är inte \"true\") och ignoreras");

    internal static readonly DiagnosticText DuplicateId = new("duplicate-id",
        "duplicate id '{0}'",
        "Id:t '{0}' används av flera element");

    internal static readonly DiagnosticText MissingId = new("missing-id",
        "{0} has no id",
        "Ett element av typen {0} saknar id");

    internal static readonly DiagnosticText UnknownElement = new("unknown-element",
        "unknown BPMN element '{0}'",
        "Okänt BPMN-element '{0}'");

    internal static readonly DiagnosticText ElementNotExecuted = new("element-not-executed",
        "{0} is not executed by Samverkan",
        "Samverkan kan inte köra element av typen {0}");

    internal static readonly DiagnosticText DataIgnored = new("data-ignored",
        "{0} is ignored: Samverkan keeps data in process variables",
        "{0} ignoreras: Samverkan lagrar data i processvariabler");

    internal static readonly DiagnosticText DataStoreIgnored = new("data-store-ignored",
        "dataStore is ignored: Samverkan keeps no data stores",
        "dataStore ignoreras: Samverkan har inga datalager");

    internal static readonly DiagnosticText StandardLoopNotExecuted = new("standard-loop-not-executed",
        "standardLoopCharacteristics is not executed by Samverkan; use multi-instance",
        "standardLoopCharacteristics körs inte av Samverkan; använd multi-instans");

    internal static readonly DiagnosticText UnknownMessage = new("unknown-message",
        "unknown message '{0}'",
        "Meddelandet '{0}' finns inte deklarerat (bpmn:message)");

    internal static readonly DiagnosticText UnknownSignal = new("unknown-signal",
        "unknown signal '{0}'",
        "Signalen '{0}' finns inte deklarerad (bpmn:signal)");

    internal static readonly DiagnosticText UnknownError = new("unknown-error",
        "unknown error '{0}'",
        "Felet '{0}' finns inte deklarerat (bpmn:error)");

    internal static readonly DiagnosticText UnknownEscalation = new("unknown-escalation",
        "unknown escalation '{0}'",
        "Eskaleringen '{0}' finns inte deklarerad (bpmn:escalation)");

    internal static readonly DiagnosticText MessageWithoutName = new("message-without-name",
        "message '{0}' has no name",
        "Meddelandet '{0}' saknar namn");

    internal static readonly DiagnosticText SignalWithoutName = new("signal-without-name",
        "signal '{0}' has no name",
        "Signalen '{0}' saknar namn");

    internal static readonly DiagnosticText MissingEventDefinition = new("missing-event-definition",
        "{0} needs an event definition",
        "En {0} behöver en händelsedefinition");

    internal static readonly DiagnosticText MultipleEventDefinitions = new("multiple-event-definitions",
        "{0} with several event definitions (multiple event) is not supported",
        "En {0} med flera händelsedefinitioner (multiple event) stöds inte");

    internal static readonly DiagnosticText TriggerNotSupported = new("trigger-not-supported",
        "a {0} {1} is not supported",
        "En {1} av typen {0} stöds inte");

    internal static readonly DiagnosticText TimerValueCount = new("timer-value-count",
        "a timer needs exactly one of timeDate, timeDuration, timeCycle",
        "En timer behöver exakt ett av timeDate, timeDuration och timeCycle");

    internal static readonly DiagnosticText ConditionLanguageNotSupported = new("condition-language-not-supported",
        "condition language '{0}' is not supported",
        "Villkorsspråket '{0}' stöds inte");

    internal static readonly DiagnosticText ConditionResourceNotSupported = new("condition-resource-not-supported",
        "a condition from camunda:resource is not supported",
        "Villkor från camunda:resource stöds inte");
}
