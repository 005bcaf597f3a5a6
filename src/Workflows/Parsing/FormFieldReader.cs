using System.Globalization;
using System.Xml.Linq;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Validation;
using static Samverkan.Workflows.Parsing.BpmnNamespaces;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>Reads camunda:formField elements, their validation constraints and enum values.</summary>
internal static class FormFieldReader
{
    public static IEnumerable<FormField> ReadAll(XElement formData, ParseContext context)
    {
        foreach (var element in formData.Elements())
        {
            if (element.Name != Camunda + "formField")
            {
                context.Warning(element, ChildIgnored.Format(element.Name.LocalName, "formData"));
                continue;
            }

            var field = Read(element, context);
            if (field is not null)
            {
                yield return field;
            }
        }
    }

    private static FormField? Read(XElement element, ParseContext context)
    {
        var id = MultiInstanceReader.NullIfBlank((string?)element.Attribute("id"));
        if (id is null)
        {
            context.Error(element, FormFieldWithoutId.Format());
            return null;
        }

        var field = new FormField
        {
            Id = id,
            Label = (string?)element.Attribute("label"),
            Type = MultiInstanceReader.NullIfBlank((string?)element.Attribute("type")) ?? "string",
            DefaultValue = (string?)element.Attribute("defaultValue"),
            Options = element.Elements(Camunda + "value")
                .Select(v => new FormFieldOption((string?)v.Attribute("id") ?? "", (string?)v.Attribute("name") ?? (string?)v.Attribute("id") ?? ""))
                .ToArray(),
            Properties = Properties(element, context),
        };
        var constraints = element.Elements(Camunda + "validation").Elements(Camunda + "constraint");
        return constraints.Aggregate(field, (f, c) => Apply(f, c, context));
    }

    private static FormField Apply(FormField field, XElement constraint, ParseContext context)
    {
        var name = (string?)constraint.Attribute("name");
        var config = (string?)constraint.Attribute("config");
        switch (name)
        {
            case "required":
                return field with { Required = true };
            case "readonly":
                return field with { ReadOnly = true };
            case "minlength":
                return field with { MinLength = (int?)Number(constraint, config, context) };
            case "maxlength":
                return field with { MaxLength = (int?)Number(constraint, config, context) };
            case "min":
                return field with { Min = Number(constraint, config, context) };
            case "max":
                return field with { Max = Number(constraint, config, context) };
            default:
                context.Error(constraint, ConstraintNotSupported.Format(field.Id, name));
                return field;
        }
    }

    // A form field carries camunda:properties directly (not in extensionElements); the Modeler writes id, older tools name.
    private static IReadOnlyDictionary<string, string> Properties(XElement field, ParseContext context)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in field.Elements(Camunda + "properties").Elements(Camunda + "property"))
        {
            var name = MultiInstanceReader.NullIfBlank((string?)property.Attribute("id") ?? (string?)property.Attribute("name"));
            if (name is null)
            {
                context.Error(property, MissingCamundaAttribute.Format("property", "id"));
            }
            else if (!properties.TryAdd(name, ((string?)property.Attribute("value"))?.Trim() ?? ""))
            {
                context.Error(property, DuplicateProperty.Format(name));
            }
        }
        return properties;
    }

    private static long? Number(XElement constraint, string? config, ParseContext context)
    {
        if (long.TryParse(config, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value is >= int.MinValue and <= int.MaxValue)
        {
            return value;
        }

        context.Error(constraint, ConstraintNotNumber.Format((string?)constraint.Attribute("name"), config));
        return null;
    }
}
