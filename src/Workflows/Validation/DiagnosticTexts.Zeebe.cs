namespace Samverkan.Workflows.Validation;

/// <content>Camunda 8 (Zeebe) extensions, output mappings and message throw events.</content>
public static partial class DiagnosticTexts
{
    internal static readonly DiagnosticText ZeebeIgnored = new("zeebe-ignored",
        "zeebe:{0} is ignored by Samverkan",
        "zeebe:{0} ignoreras av Samverkan");

    internal static readonly DiagnosticText ZeebeNotExecuted = new("zeebe-not-executed",
        "zeebe:{0} is not executed by Samverkan",
        "zeebe:{0} körs inte av Samverkan");

    internal static readonly DiagnosticText MissingZeebeAttribute = new("missing-zeebe-attribute",
        "a zeebe:{0} has no {1}",
        "En zeebe:{0} saknar attributet {1}");

    internal static readonly DiagnosticText FeelNotTranslated = new("feel-not-translated",
        "zeebe:{0} {1}=\"{2}\": the FEEL expression cannot be translated: {3}",
        "zeebe:{0} {1}=\"{2}\": FEEL-uttrycket kan inte översättas: {3}");

    internal static readonly DiagnosticText InvalidZeebeNumber = new("invalid-zeebe-number",
        "zeebe:{0} {1}=\"{2}\" is not a whole number of at least {3}",
        "zeebe:{0} {1}=\"{2}\" är inte ett heltal som är minst {3}");

    internal static readonly DiagnosticText NestedTargetNotSupported = new("nested-target-not-supported",
        "zeebe:{0} target=\"{1}\" writes into a member of a variable, which Samverkan does for inputs only: map the whole object to a top-level variable instead",
        "zeebe:{0} target=\"{1}\" skriver in i en del av en variabel, vilket Samverkan bara gör för indata: mappa hela objektet till en variabel på toppnivå i stället");

    internal static readonly DiagnosticText DuplicateOutputParameter = new("duplicate-output-parameter",
        "output parameter '{0}' is given more than once",
        "Utparametern '{0}' anges mer än en gång");

    internal static readonly DiagnosticText UnknownZeebeForm = new("unknown-zeebe-form",
        "zeebe:formDefinition refers to form '{0}', which no zeebe:userTaskForm of the process declares",
        "zeebe:formDefinition hänvisar till formuläret '{0}', som ingen zeebe:userTaskForm i processen deklarerar");

    internal static readonly DiagnosticText InvalidZeebeForm = new("invalid-zeebe-form",
        "zeebe:userTaskForm '{0}' is not a valid Camunda form: {1}",
        "zeebe:userTaskForm '{0}' är inte ett giltigt Camunda-formulär: {1}");

    internal static readonly DiagnosticText FormComponentNotSupported = new("form-component-not-supported",
        "form component '{0}' of type '{1}' is not shown by Samverkan's inbox",
        "Formulärkomponenten '{0}' av typen '{1}' visas inte i Samverkans inkorg");

    internal static readonly DiagnosticText MessageThrowWithoutImplementation = new("message-throw-without-implementation",
        "{0} sends a message but has no implementation: add zeebe:taskDefinition type, camunda:type=\"external\" with a camunda:topic, or camunda:delegateExpression=\"${{handler}}\"",
        "En {0} skickar ett meddelande men saknar implementation: lägg till zeebe:taskDefinition type, camunda:type=\"external\" med camunda:topic, eller camunda:delegateExpression=\"${{handler}}\"");

    internal static readonly DiagnosticText OutputCollectionWithoutElement = new("output-collection-without-element",
        "zeebe:loopCharacteristics has an outputCollection but no outputElement (or the reverse): give both",
        "zeebe:loopCharacteristics har outputCollection men inte outputElement (eller tvärtom): ange båda");
}
