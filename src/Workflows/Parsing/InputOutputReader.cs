using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>
/// Reads the input and output parameters of an activity's camunda:inputOutput, and of its zeebe:ioMapping.
/// Scripts run code Samverkan does not, so they are reported as not executed.
/// </summary>
internal static class InputOutputReader
{
    public static (IReadOnlyList<InputParameter> Inputs, IReadOnlyList<OutputParameter> Outputs) Read(XElement activity, ParseContext context)
    {
        var blocks = ExtensionElements.Of(activity, "inputOutput").ToList();
        if (blocks.Count > 1)
        {
            context.Error(blocks[1], MultipleInputOutput.Format());
        }

        var inputs = new List<InputParameter>();
        var outputs = new List<OutputParameter>();
        foreach (var child in blocks.Take(1).Elements())
        {
            if (child.Name == Camunda + "outputParameter")
            {
                ReadOutput(child, context, outputs);
                continue;
            }

            if (child.Name != Camunda + "inputParameter")
            {
                context.Warning(child, ChildIgnored.Format(child.Name.LocalName, "inputOutput"));
                continue;
            }

            var name = MultiInstanceReader.NullIfBlank((string?)child.Attribute("name"));
            if (name is null)
            {
                context.Error(child, MissingCamundaAttribute.Format("inputParameter", "name"));
                continue;
            }

            if (inputs.Any(i => i.Name == name))
            {
                context.Error(child, DuplicateInputParameter.Format(name));
                continue;
            }

            inputs.Add(new InputParameter { Name = name, Value = ReadValue(child, context), Line = ParseContext.LineOf(child) });
        }

        ZeebeIoMappingReader.Read(activity, context, inputs, outputs);
        return (inputs, outputs);
    }

    private static void ReadOutput(XElement child, ParseContext context, List<OutputParameter> outputs)
    {
        var name = MultiInstanceReader.NullIfBlank((string?)child.Attribute("name"));
        if (name is null)
        {
            context.Error(child, MissingCamundaAttribute.Format("outputParameter", "name"));
        }
        else if (outputs.Any(o => o.Name == name))
        {
            context.Error(child, DuplicateOutputParameter.Format(name));
        }
        else
        {
            outputs.Add(new OutputParameter { Name = name, Value = ReadValue(child, context), Line = ParseContext.LineOf(child) });
        }
    }

    private static ParameterValue ReadValue(XElement holder, ParseContext context)
    {
        var nested = holder.Elements().Where(e => e.Name.Namespace == Camunda).ToList();
        if (nested.Count == 0)
        {
            return new TextParameterValue(MultiInstanceReader.NullIfBlank(holder.Value));
        }

        if (nested.Count > 1)
        {
            context.Error(nested[1], MultipleValues.Format((string?)holder.Attribute("name") ?? holder.Name.LocalName));
        }

        return ReadNested(nested[0], context);
    }

    private static ParameterValue ReadNested(XElement value, ParseContext context)
    {
        switch (value.Name.LocalName)
        {
            case "list":
                return new ListParameterValue(value.Elements()
                    .Select(item => item.Name == Camunda + "value" ? ReadValue(item, context) : ReadNested(item, context))
                    .ToArray());
            case "map":
                var entries = new List<KeyValuePair<string, ParameterValue>>();
                foreach (var entry in value.Elements(Camunda + "entry"))
                {
                    var key = MultiInstanceReader.NullIfBlank((string?)entry.Attribute("key"));
                    if (key is null)
                    {
                        context.Error(entry, MissingCamundaAttribute.Format("entry", "key"));
                        continue;
                    }

                    entries.Add(new(key, ReadValue(entry, context)));
                }

                return new MapParameterValue(entries);
            case "script":
                ScriptRefusal.Script(value, $"camunda:{value.Parent?.Name.LocalName} '{(string?)value.Parent?.Attribute("name")}'", context);
                return new TextParameterValue(null);
            default:
                context.Error(value, InvalidParameterValue.Format(value.Name.LocalName));
                return new TextParameterValue(null);
        }
    }
}
