using System.Xml.Linq;
using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reads a conditionalEventDefinition: its bpmn:condition and Camunda's camunda:variableName and camunda:variableEvents.</summary>
internal static class ConditionalDefinitionReader
{
    public static ConditionalTrigger Read(XElement definition, ParseContext context)
    {
        var condition = SequenceFlowReader.ReadCondition(definition.Element(Bpmn + "condition"), context) ?? "";
        var variableName = MultiInstanceReader.NullIfBlank((string?)definition.Attribute(Camunda + "variableName"));
        var events = VariableEvents.Any;
        if (MultiInstanceReader.NullIfBlank((string?)definition.Attribute(Camunda + "variableEvents")) is { } list)
        {
            events = VariableEvents.None;
            foreach (var item in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                events |= item switch
                {
                    "create" => VariableEvents.Create,
                    "update" => VariableEvents.Update,
                    "delete" => VariableEvents.Delete,
                    _ => Unknown(definition, item, context),
                };
            }
        }

        return new ConditionalTrigger(condition, variableName, events == VariableEvents.None ? VariableEvents.Any : events);
    }

    private static VariableEvents Unknown(XElement definition, string item, ParseContext context)
    {
        context.Error(definition.Parent ?? definition, UnknownVariableEvent.Format(item));
        return VariableEvents.None;
    }
}
