using System.Xml.Linq;
using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;

namespace Samverkan.Workflows.Parsing;

/// <summary>
/// Reads the input parameters of an activity's camunda:inputOutput. Output parameters and scripts run code or
/// move variables in ways Samverkan does not, so they are reported as not executed.
/// </summary>
internal static class InputOutputReader
{
    public static IReadOnlyList<InputParameter> Read(XElement activity, ParseContext context)
    {
        var blocks = ExtensionElements.Of(activity, "inputOutput").ToList();
        if (blocks.Count > 1)
        {
            context.Error(blocks[1], "an activity has at most one camunda:inputOutput");
        }

        var inputs = new List<InputParameter>();
        foreach (var child in blocks.Take(1).Elements())
        {
            if (child.Name == Camunda + "outputParameter")
            {
                context.NotExecuted(child, "camunda:outputParameter is not executed by Samverkan; a task's form or a rule set's result variable sets process variables");
                continue;
            }

            if (child.Name != Camunda + "inputParameter")
            {
                context.Warning(child, $"'{child.Name.LocalName}' in camunda:inputOutput is ignored");
                continue;
            }

            var name = MultiInstanceReader.NullIfBlank((string?)child.Attribute("name"));
            if (name is null)
            {
                context.Error(child, "a camunda:inputParameter has no name");
                continue;
            }

            if (inputs.Any(i => i.Name == name))
            {
                context.Error(child, $"input parameter '{name}' is given more than once");
                continue;
            }

            inputs.Add(new InputParameter { Name = name, Value = ReadValue(child, context), Line = ParseContext.LineOf(child) });
        }

        return inputs;
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
            context.Error(nested[1], $"'{(string?)holder.Attribute("name") ?? holder.Name.LocalName}' holds more than one value");
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
                        context.Error(entry, "a camunda:entry has no key");
                        continue;
                    }

                    entries.Add(new(key, ReadValue(entry, context)));
                }

                return new MapParameterValue(entries);
            case "script":
                context.NotExecuted(value, "camunda:script is not executed by Samverkan");
                return new TextParameterValue(null);
            default:
                context.Error(value, $"'{value.Name.LocalName}' is not a parameter value (text, camunda:list or camunda:map)");
                return new TextParameterValue(null);
        }
    }
}
