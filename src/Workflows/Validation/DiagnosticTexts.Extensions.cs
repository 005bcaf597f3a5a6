namespace Samverkan.Workflows.Validation;

/// <content>Camunda attributes and extension elements: ignored, not executed, or incomplete.</content>
public static partial class DiagnosticTexts
{
    internal static readonly DiagnosticText CamundaIgnored = new("camunda-ignored",
        "camunda:{0} is ignored by Samverkan",
        "camunda:{0} ignoreras av Samverkan");

    internal static readonly DiagnosticText CamundaNotExecuted = new("camunda-not-executed",
        "camunda:{0} is not executed by Samverkan",
        "camunda:{0} körs inte av Samverkan");

    internal static readonly DiagnosticText UnknownCamundaAttribute = new("unknown-camunda-attribute",
        "unknown attribute camunda:{0} is ignored",
        "Okänt attribut camunda:{0} ignoreras");

    internal static readonly DiagnosticText UnknownCamundaElement = new("unknown-camunda-element",
        "unknown extension element camunda:{0} is ignored",
        "Okänt tilläggselement camunda:{0} ignoreras");

    internal static readonly DiagnosticText ForeignExtensionIgnored = new("foreign-extension-ignored",
        "extension element '{0}' is ignored",
        "Tilläggselementet '{0}' ignoreras");

    internal static readonly DiagnosticText ChildIgnored = new("child-ignored",
        "'{0}' in camunda:{1} is ignored",
        "'{0}' i camunda:{1} ignoreras");

    internal static readonly DiagnosticText MissingCamundaAttribute = new("missing-camunda-attribute",
        "a camunda:{0} has no {1}",
        "En camunda:{0} saknar attributet {1}");

    internal static readonly DiagnosticText DecisionRefBindingNotSupported = new("decision-ref-binding-not-supported",
        "camunda:decisionRefBinding=\"{0}\" is not supported; the latest rule set is used",
        "camunda:decisionRefBinding=\"{0}\" stöds inte; den senaste regeluppsättningen används");

    internal static readonly DiagnosticText MapDecisionResultIgnored = new("map-decision-result-ignored",
        "camunda:mapDecisionResult is ignored: the rule set decides the result's shape",
        "camunda:mapDecisionResult ignoreras: regeluppsättningen bestämmer hur resultatet ser ut");

    internal static readonly DiagnosticText MissingDecisionRef = new("missing-decision-ref",
        "businessRuleTask has no camunda:decisionRef",
        "Regeluppgiften (businessRuleTask) saknar camunda:decisionRef");

    internal static readonly DiagnosticText CalledElementBindingNotSupported = new("called-element-binding-not-supported",
        "camunda:calledElementBinding=\"{0}\" is not supported (latest or version)",
        "camunda:calledElementBinding=\"{0}\" stöds inte (latest eller version)");

    internal static readonly DiagnosticText InvalidCalledElementVersion = new("invalid-called-element-version",
        "camunda:calledElementVersion '{0}' is not a positive whole number",
        "camunda:calledElementVersion '{0}' är inte ett positivt heltal");

    internal static readonly DiagnosticText MappingLocalIgnored = new("mapping-local-ignored",
        "camunda:{0} local is ignored",
        "Attributet local på camunda:{0} ignoreras");

    internal static readonly DiagnosticText MappingWithoutSource = new("mapping-without-source",
        "camunda:{0} needs source, sourceExpression, variables=\"all\" or businessKey",
        "camunda:{0} behöver source, sourceExpression, variables=\"all\" eller businessKey");

    internal static readonly DiagnosticText MappingWithoutTarget = new("mapping-without-target",
        "camunda:{0} needs a target",
        "camunda:{0} behöver attributet target");

    internal static readonly DiagnosticText ExternalTaskWithoutTopic = new("external-task-without-topic",
        "an external task needs a camunda:topic",
        "En extern uppgift behöver camunda:topic");

    internal static readonly DiagnosticText TypeNotExecuted = new("type-not-executed",
        "camunda:type=\"{0}\" is not executed by Samverkan",
        "camunda:type=\"{0}\" körs inte av Samverkan");

    internal static readonly DiagnosticText InvalidDelegateExpression = new("invalid-delegate-expression",
        "camunda:delegateExpression must have the form ${{handlerName}}",
        "camunda:delegateExpression måste ha formen ${{handlerName}}");

    internal static readonly DiagnosticText NoImplementation = new("no-implementation",
        "{0} has no implementation: set camunda:type=\"external\" with a camunda:topic, camunda:delegateExpression=\"${{handler}}\", or (Camunda 8) zeebe:taskDefinition type",
        "En {0} behöver en implementation: ange camunda:type=\"external\" med camunda:topic, camunda:delegateExpression=\"${{handler}}\" eller (Camunda 8) zeebe:taskDefinition type");

    internal static readonly DiagnosticText MultipleFormData = new("multiple-form-data",
        "a user task has at most one camunda:formData",
        "En användaruppgift kan ha högst en camunda:formData");

    internal static readonly DiagnosticText FormFieldWithoutId = new("form-field-without-id",
        "a form field has no id",
        "Ett formulärfält saknar id");

    internal static readonly DiagnosticText ConstraintNotSupported = new("constraint-not-supported",
        "form field '{0}': constraint '{1}' is not supported",
        "Formulärfältet '{0}': valideringsregeln '{1}' stöds inte");

    internal static readonly DiagnosticText ConstraintNotNumber = new("constraint-not-number",
        "constraint '{0}' needs a whole number as config, not '{1}'",
        "Valideringsregeln '{0}' behöver ett heltal som config, inte '{1}'");

    internal static readonly DiagnosticText MultipleInputOutput = new("multiple-input-output",
        "an activity has at most one camunda:inputOutput",
        "En aktivitet kan ha högst en camunda:inputOutput");

    internal static readonly DiagnosticText DuplicateInputParameter = new("duplicate-input-parameter",
        "input parameter '{0}' is given more than once",
        "Indataparametern '{0}' anges mer än en gång");

    internal static readonly DiagnosticText MultipleValues = new("multiple-values",
        "'{0}' holds more than one value",
        "'{0}' innehåller mer än ett värde");

    internal static readonly DiagnosticText InvalidParameterValue = new("invalid-parameter-value",
        "'{0}' is not a parameter value (text, camunda:list or camunda:map)",
        "'{0}' är inte ett parametervärde (text, camunda:list eller camunda:map)");

    internal static readonly DiagnosticText DuplicateProperty = new("duplicate-property",
        "camunda:property '{0}' is given more than once",
        "camunda:property '{0}' anges mer än en gång");
}
