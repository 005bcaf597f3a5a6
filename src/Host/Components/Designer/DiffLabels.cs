namespace Samverkan.Host.Components.Designer;

/// <summary>Swedish names for BPMN element types and for the attribute paths the diff reports.</summary>
public static class DiffLabels
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["bpmn:Process"] = "Process",
        ["bpmn:StartEvent"] = "Starthändelse",
        ["bpmn:EndEvent"] = "Sluthändelse",
        ["bpmn:IntermediateCatchEvent"] = "Mellanliggande händelse",
        ["bpmn:IntermediateThrowEvent"] = "Mellanliggande händelse",
        ["bpmn:BoundaryEvent"] = "Gränshändelse",
        ["bpmn:UserTask"] = "Användaruppgift",
        ["bpmn:ServiceTask"] = "Tjänsteuppgift",
        ["bpmn:BusinessRuleTask"] = "Regeluppgift",
        ["bpmn:ScriptTask"] = "Skriptuppgift",
        ["bpmn:SendTask"] = "Sändningsuppgift",
        ["bpmn:ReceiveTask"] = "Mottagningsuppgift",
        ["bpmn:Task"] = "Uppgift",
        ["bpmn:CallActivity"] = "Anropsaktivitet",
        ["bpmn:SubProcess"] = "Delprocess",
        ["bpmn:ExclusiveGateway"] = "Exklusiv gateway",
        ["bpmn:ParallelGateway"] = "Parallell gateway",
        ["bpmn:InclusiveGateway"] = "Inkluderande gateway",
        ["bpmn:EventBasedGateway"] = "Händelsebaserad gateway",
        ["bpmn:SequenceFlow"] = "Sekvensflöde",
        ["bpmn:Message"] = "Meddelande",
        ["bpmn:Signal"] = "Signal",
        ["bpmn:Error"] = "Fel",
        ["bpmn:Lane"] = "Bana",
        ["bpmn:Participant"] = "Deltagare",
    };

    // Matched against the end of the path, so that a timer's duration reads the same under any event definition.
    private static readonly (string Suffix, string Label)[] Attributes =
    [
        ("timeDuration.body", "Timer: varaktighet"),
        ("timeDate.body", "Timer: tidpunkt"),
        ("timeCycle.body", "Timer: cykel"),
        ("conditionExpression.body", "Villkor"),
        ("camunda:assignee", "Tilldelad"),
        ("camunda:candidateGroups", "Kandidatgrupper"),
        ("camunda:candidateUsers", "Kandidatanvändare"),
        ("camunda:dueDate", "Förfallodatum"),
        ("camunda:followUpDate", "Uppföljningsdatum"),
        ("camunda:priority", "Prioritet"),
        ("camunda:decisionRef", "Beslutsregel (decisionRef)"),
        ("camunda:delegateExpression", "Delegatuttryck"),
        ("camunda:formKey", "Formulär"),
        ("cancelActivity", "Avbryter aktiviteten"),
        ("targetRef", "Mål"),
        ("sourceRef", "Källa"),
    ];

    public static string Type(string type) =>
        Types.TryGetValue(type, out var label) ? label : type.StartsWith("bpmn:", StringComparison.Ordinal) ? type[5..] : type;

    /// <summary>A Swedish label for a known attribute path; other paths are shown as they are.</summary>
    public static string Attribute(string path)
    {
        if (path == "name")
        {
            return "Namn";
        }
        foreach (var (suffix, label) in Attributes)
        {
            if (path == suffix || path.EndsWith("." + suffix, StringComparison.Ordinal))
            {
                return label;
            }
        }
        return path;
    }
}
