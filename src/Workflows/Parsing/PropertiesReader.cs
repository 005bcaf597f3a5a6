using System.Xml.Linq;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reads camunda:properties (the modeler's "Extension properties") into a name-to-value map.</summary>
internal static class PropertiesReader
{
    public static IReadOnlyDictionary<string, string> Read(XElement element, ParseContext context)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var declared = ExtensionElements.Of(element, "properties").Elements()
            .Concat(ZeebeValues.Of(element, "properties").Elements());
        foreach (var property in declared)
        {
            if (property.Name != Camunda + "property" && property.Name != Zeebe + "property")
            {
                context.Warning(property, ChildIgnored.Format(property.Name.LocalName, "properties"));
                continue;
            }

            var name = MultiInstanceReader.NullIfBlank((string?)property.Attribute("name"));
            if (name is null)
            {
                context.Error(property, MissingCamundaAttribute.Format("property", "name"));
                continue;
            }

            if (properties.ContainsKey(name))
            {
                context.Error(property, DuplicateProperty.Format(name));
                continue;
            }

            properties[name] = ((string?)property.Attribute("value"))?.Trim() ?? "";
        }

        return properties;
    }
}
