using System.Globalization;
using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

internal static class CallActivityReader
{
    public static CallActivity Read(XElement element, string id, ParseContext context)
    {
        CamundaAttributes.Check(element, context, "calledElementBinding", "calledElementVersion");
        ExtensionElements.Check(element, context, "in", "out", "inputOutput");

        var binding = CalledElementBinding.Latest;
        var bindingText = (string?)element.Attribute(Camunda + "calledElementBinding");
        if (bindingText == "version")
        {
            binding = CalledElementBinding.Version;
        }
        else if (bindingText is not null && bindingText != "latest")
        {
            context.NotExecuted(element, CalledElementBindingNotSupported.Format(bindingText));
        }

        int? version = null;
        var versionText = (string?)element.Attribute(Camunda + "calledElementVersion");
        if (versionText is not null)
        {
            if (int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
            {
                version = parsed;
            }
            else
            {
                context.Error(element, InvalidCalledElementVersion.Format(versionText));
            }
        }

        return new CallActivity
        {
            Id = id,
            CalledElement = ((string?)element.Attribute("calledElement"))?.Trim() ?? "",
            Binding = binding,
            Version = version,
            In = ExtensionElements.Of(element, "in").Select(e => ReadMapping(e, context)).ToArray(),
            Out = ExtensionElements.Of(element, "out").Select(e => ReadMapping(e, context)).ToArray(),
        };
    }

    private static VariableMapping ReadMapping(XElement element, ParseContext context)
    {
        var mapping = new VariableMapping
        {
            All = (string?)element.Attribute("variables") == "all",
            Source = MultiInstanceReader.NullIfBlank((string?)element.Attribute("source")),
            SourceExpression = MultiInstanceReader.NullIfBlank((string?)element.Attribute("sourceExpression")),
            Target = MultiInstanceReader.NullIfBlank((string?)element.Attribute("target")),
            BusinessKey = element.Attribute("businessKey") is not null,
            Line = ParseContext.LineOf(element),
        };
        if (element.Attribute("local") is not null)
        {
            context.Warning(element, MappingLocalIgnored.Format(element.Name.LocalName));
        }

        if (!mapping.All && !mapping.BusinessKey && (mapping.Source ?? mapping.SourceExpression) is null)
        {
            context.Error(element, MappingWithoutSource.Format(element.Name.LocalName));
        }
        else if ((mapping.Source ?? mapping.SourceExpression) is not null && mapping.Target is null)
        {
            context.Error(element, MappingWithoutTarget.Format(element.Name.LocalName));
        }

        return mapping;
    }
}
