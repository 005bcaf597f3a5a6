namespace Samverkan.Workflows.Validation;

/// <content>Link, conditional and signal start events.</content>
public static partial class DiagnosticTexts
{
    internal static readonly DiagnosticText UnknownVariableEvent = new("unknown-variable-event",
        "camunda:variableEvents names '{0}'; only create, update and delete are variable events",
        "camunda:variableEvents nämner '{0}'; bara create, update och delete är variabelhändelser");

    internal static readonly DiagnosticText ConditionalEventWithoutCondition = new("conditional-event-without-condition",
        "the conditional event has no condition; write one in the event's Condition field, e.g. ${{amount > 1000}}",
        "Villkorshändelsen saknar villkor; skriv ett i händelsens villkorsfält, till exempel ${{amount > 1000}}");

    internal static readonly DiagnosticText ConditionalStartNotSupported = new("conditional-start-not-supported",
        "a conditional start event of a process is not supported; start the process with a message or none start event, or put the conditional start event in an event subprocess",
        "En villkorsstarthändelse för en hel process stöds inte; starta processen med en meddelande- eller vanlig starthändelse, eller lägg villkorsstarthändelsen i en händelsedelprocess");

    internal static readonly DiagnosticText LinkWithoutName = new("link-without-name",
        "the link event has no name; give the throwing and the catching link event the same name",
        "Länkhändelsen saknar namn; ge den kastande och den fångande länkhändelsen samma namn");

    internal static readonly DiagnosticText LinkWithoutCatch = new("link-without-catch",
        "no catching link event named '{0}' in the same scope; add an intermediate catch event with link name '{0}' beside this one",
        "Ingen fångande länkhändelse med namnet '{0}' på samma nivå; lägg till en fångande mellanhändelse med länknamnet '{0}' bredvid denna");

    internal static readonly DiagnosticText LinkCatchDuplicate = new("link-catch-duplicate",
        "several catching link events in one scope are named '{0}'; a link name must lead to exactly one catch event",
        "Flera fångande länkhändelser på samma nivå heter '{0}'; ett länknamn måste leda till exakt en fångande händelse");

    internal static readonly DiagnosticText LinkCatchWithIncoming = new("link-catch-with-incoming",
        "a catching link event cannot have incoming sequence flows; tokens reach it from the throwing link event",
        "En fångande länkhändelse kan inte ha inkommande sekvensflöden; den nås från den kastande länkhändelsen");
}
