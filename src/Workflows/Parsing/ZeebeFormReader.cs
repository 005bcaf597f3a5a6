using System.Text.Json;
using System.Xml.Linq;
using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Parsing;

/// <summary>
/// Reads the components of a Camunda 8 form (the JSON of a zeebe:userTaskForm) into form fields, so the inbox
/// shows them like camunda:formData. Components that only display something are skipped.
/// </summary>
internal static class ZeebeFormReader
{
    private static readonly Dictionary<string, string> FieldTypes = new(StringComparer.Ordinal)
    {
        ["textfield"] = "string",
        ["textarea"] = "string",
        ["number"] = "long",
        ["checkbox"] = "boolean",
        ["select"] = "enum",
        ["radio"] = "enum",
        ["datetime"] = "date",
    };

    private static readonly HashSet<string> DisplayOnly =
        ["text", "button", "spacer", "separator", "image", "html", "heading", "default", "iframe"];

    public static IReadOnlyList<FormField> Read(XElement declaration, string id, ParseContext context)
    {
        try
        {
            using var document = JsonDocument.Parse(declaration.Value);
            var fields = new List<FormField>();
            ReadComponents(document.RootElement, declaration, context, fields);
            return fields;
        }
        catch (JsonException e)
        {
            context.Error(declaration, InvalidZeebeForm.Format(id, e.Message));
            return [];
        }
        catch (InvalidOperationException e)
        {
            context.Error(declaration, InvalidZeebeForm.Format(id, e.Message));
            return [];
        }
    }

    // Groups and dynamic lists nest components; a field's key is its variable either way.
    private static void ReadComponents(JsonElement holder, XElement declaration, ParseContext context, List<FormField> fields)
    {
        if (!holder.TryGetProperty("components", out var components) || components.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var component in components.EnumerateArray())
        {
            var type = Text(component, "type") ?? "";
            if (FieldTypes.TryGetValue(type, out var fieldType))
            {
                fields.Add(ReadField(component, fieldType));
            }
            else if (component.TryGetProperty("components", out _))
            {
                ReadComponents(component, declaration, context, fields);
            }
            else if (!DisplayOnly.Contains(type))
            {
                context.Warning(declaration, FormComponentNotSupported.Format(Text(component, "key") ?? Text(component, "id"), type));
            }
        }
    }

    private static FormField ReadField(JsonElement component, string type)
    {
        var validate = component.TryGetProperty("validate", out var v) && v.ValueKind == JsonValueKind.Object ? v : default;
        var options = component.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray()
                .Select(o => new FormFieldOption(Text(o, "value") ?? "", Text(o, "label") ?? Text(o, "value") ?? ""))
                .ToArray()
            : [];
        return new FormField
        {
            Id = Text(component, "key") ?? Text(component, "id") ?? "",
            Label = Text(component, "label"),
            Type = type,
            DefaultValue = Text(component, "defaultValue"),
            Required = Bool(validate, "required"),
            ReadOnly = Bool(component, "readonly") || Bool(component, "disabled"),
            MinLength = (int?)Number(validate, "minLength"),
            MaxLength = (int?)Number(validate, "maxLength"),
            Min = Number(validate, "min"),
            Max = Number(validate, "max"),
            Options = options,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => null,
            }
            : null;

    private static bool Bool(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static long? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : null;
}
