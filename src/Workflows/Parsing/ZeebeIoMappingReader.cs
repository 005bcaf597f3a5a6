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

            if (Target(mapping, context) is not { } target)
            {
                continue;
            }

            var value = new TextParameterValue(ZeebeValues.Value(mapping, "source", context));
            var line = ParseContext.LineOf(mapping);
            if (mapping.Name.LocalName == "input")
            {
                inputs.RemoveAll(i => i.Name == target);
                inputs.Add(new InputParameter { Name = target, Value = value, Line = line });
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

    private static string? Target(XElement mapping, ParseContext context)
    {
        var target = MultiInstanceReader.NullIfBlank((string?)mapping.Attribute("target"));
        if (target is null)
        {
            context.Error(mapping, MissingZeebeAttribute.Format(mapping.Name.LocalName, "target"));
            return null;
        }

        if (target.Contains('.', StringComparison.Ordinal))
        {
            context.NotExecuted(mapping, NestedTargetNotSupported.Format(mapping.Name.LocalName, target));
            return null;
        }

        return target;
    }
}
