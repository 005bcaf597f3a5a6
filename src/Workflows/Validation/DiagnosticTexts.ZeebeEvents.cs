namespace Samverkan.Workflows.Validation;

/// <content>Camunda 8 (Zeebe) input and output mappings on events.</content>
public static partial class DiagnosticTexts
{
    internal static readonly DiagnosticText ZeebeEventInputNotExecuted = new("zeebe-event-input-not-executed",
        "zeebe:input target=\"{0}\" on {1} '{2}' is not executed: only events with a job (message throw and end events) take inputs; set the variable in an output mapping or in the task before the event instead",
        "zeebe:input target=\"{0}\" på {1} '{2}' körs inte: bara händelser med ett jobb (meddelandekastande händelser och sluthändelser) tar indata; sätt variabeln i en utmappning eller i uppgiften före händelsen i stället");
}
