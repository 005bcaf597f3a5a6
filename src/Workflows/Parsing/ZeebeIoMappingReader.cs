using System.Xml.Linq;
using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>zeebe:ioMapping: zeebe:input become input parameters, zeebe:output output parameters (source FEEL or literal, target a variable).</summary>
internal static class ZeebeIoMappingReader
{
    public static void Read(XElement activity, ParseContext context, List<InputParameter> inputs, List<OutputParameter> outputs)
    {
        foreach (var mapping in ZeebeValues.Of(activity, "ioMapping").Elements())
        {
            if (mapping.Name.Namespace != Zeebe || mapping.Name.LocalName is not ("input" or "output"))
            {
                context.Warning(mapping, ChildIgnored.Format(mapping.Name.LocalName, "ioMapping"));
                continue;
            }

            var isInput = mapping.Name.LocalName == "input";
            if (Target(mapping, isInput, context) is not { } target)
            {
                continue;
            }

            var value = new TextParameterValue(ZeebeValues.Value(mapping, "source", context));
            var line = ParseContext.LineOf(mapping);
            if (isInput)
            {
                AddInput(inputs, target.Split('.'), value, line);
            }
            else if (outputs.Any(o => o.Name == target))
            {
                context.Error(mapping, DuplicateOutputParameter.Format(target));
            }
            else
            {
                outputs.Add(new OutputParameter { Name = target, Value = value, Line = line });
            }
        }
    }

    // A nested target (from.email) builds the local variable as an object, member by member, as Zeebe does.
    private static void AddInput(List<InputParameter> inputs, string[] path, ParameterValue value, int line)
    {
        var index = inputs.FindIndex(i => i.Name == path[0]);
        var existing = index >= 0 ? inputs[index].Value : null;
        var parameter = new InputParameter { Name = path[0], Value = Nest(existing, path.AsSpan(1), value), Line = line };
        if (index >= 0)
        {
            inputs[index] = parameter;
        }
        else
        {
            inputs.Add(parameter);
        }
    }

    private static ParameterValue Nest(ParameterValue? existing, ReadOnlySpan<string> path, ParameterValue value)
    {
        if (path.Length == 0)
        {
            return value;
        }

        var key = path[0];
        var entries = existing is MapParameterValue map ? map.Entries.ToList() : [];
        var index = entries.FindIndex(e => e.Key == key);
        var member = Nest(index >= 0 ? entries[index].Value : null, path[1..], value);
        if (index >= 0)
        {
            entries[index] = new(key, member);
        }
        else
        {
            entries.Add(new(key, member));
        }

        return new MapParameterValue(entries);
    }

    private static string? Target(XElement mapping, bool isInput, ParseContext context)
    {
        var target = MultiInstanceReader.NullIfBlank((string?)mapping.Attribute("target"));
        if (target is null)
        {
            context.Error(mapping, MissingZeebeAttribute.Format(mapping.Name.LocalName, "target"));
            return null;
        }

        if (target.Split('.').Any(string.IsNullOrWhiteSpace) || (!isInput && target.Contains('.', StringComparison.Ordinal)))
        {
            context.NotExecuted(mapping, NestedTargetNotSupported.Format(mapping.Name.LocalName, target));
            return null;
        }

        return target;
    }
}
