using Samverkan.Shared;

namespace Samverkan.Workflows.Validation;

/// <summary>The words that go into <see cref="DiagnosticTexts"/>: element kinds, trigger kinds, where an expression sits.</summary>
internal static class DiagnosticTerms
{
    // BPMN local names (FlowNode.Kind and the parser's element names) as a Swedish process designer calls them.
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["process"] = "process",
        ["sequenceFlow"] = "sekvensflöde",
        ["startEvent"] = "starthändelse",
        ["endEvent"] = "sluthändelse",
        ["intermediateCatchEvent"] = "fångande mellanhändelse",
        ["intermediateThrowEvent"] = "kastande mellanhändelse",
        ["boundaryEvent"] = "gränshändelse",
        ["exclusiveGateway"] = "exklusiv gateway",
        ["inclusiveGateway"] = "inkluderande gateway",
        ["parallelGateway"] = "parallell gateway",
        ["eventBasedGateway"] = "händelsebaserad gateway",
        ["complexGateway"] = "komplex gateway",
        ["task"] = "uppgift",
        ["manualTask"] = "manuell uppgift",
        ["userTask"] = "användaruppgift",
        ["serviceTask"] = "tjänsteuppgift",
        ["sendTask"] = "sändningsuppgift (sendTask)",
        ["receiveTask"] = "mottagningsuppgift (receiveTask)",
        ["businessRuleTask"] = "regeluppgift (businessRuleTask)",
        ["scriptTask"] = "skriptuppgift (scriptTask)",
        ["subProcess"] = "delprocess",
        ["transaction"] = "transaktion",
        ["adHocSubProcess"] = "ad hoc-delprocess",
        ["callActivity"] = "anropsaktivitet (callActivity)",
    };

    // Event definition kinds, the part of "timerEventDefinition" before "EventDefinition".
    private static readonly Dictionary<string, string> Triggers = new(StringComparer.Ordinal)
    {
        ["timer"] = "timer",
        ["message"] = "meddelande",
        ["signal"] = "signal",
        ["error"] = "fel",
        ["escalation"] = "eskalering",
        ["terminate"] = "terminering",
        ["compensate"] = "kompensering",
        ["conditional"] = "villkor",
        ["link"] = "länk",
        ["cancel"] = "avbryt",
    };

    public static readonly BilingualTerm Condition = new("condition", "villkoret");
    public static readonly BilingualTerm MultiInstanceCollection = new("multi-instance collection", "multi-instansens camunda:collection");

    /// <summary>An element kind by its BPMN name; one without a Swedish name keeps its BPMN name.</summary>
    public static BilingualTerm Kind(string bpmnName) => new(bpmnName, Kinds.GetValueOrDefault(bpmnName, bpmnName));

    public static BilingualTerm Trigger(string kind) => new(kind, Triggers.GetValueOrDefault(kind, kind));

    /// <summary>An attribute or element named the same in both languages, such as camunda:assignee.</summary>
    public static BilingualTerm Verbatim(string name) => new(name, name);

    public static BilingualTerm InputParameter(string name) => new($"input parameter '{name}'", $"indataparametern '{name}'");
}
