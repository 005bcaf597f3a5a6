using System.Globalization;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

/// <summary>Checks the variables a person submits against a user task's camunda:formData fields.</summary>
internal static class FormValidation
{
    public static IReadOnlyList<FieldError> Validate(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, object?> submitted)
    {
        var errors = new List<FieldError>();
        foreach (var field in fields)
        {
            var present = submitted.TryGetValue(field.Id, out var value) && value is not null && !(value is string s && s.Length == 0);
            if (!present)
            {
                if (field.Required && field.DefaultValue is null)
                {
                    errors.Add(new FieldError(field.Id, $"'{field.Label ?? field.Id}' is required."));
                }
                continue;
            }
            if (field.ReadOnly)
            {
                errors.Add(new FieldError(field.Id, $"'{field.Label ?? field.Id}' is read-only."));
                continue;
            }
            if (CheckType(field, value) is { } typeError)
            {
                errors.Add(new FieldError(field.Id, typeError));
            }
        }
        return errors;
    }

    private static string? CheckType(FormField field, object? value)
    {
        var label = field.Label ?? field.Id;
        switch (field.Type)
        {
            case "long":
                if (value is not long l)
                {
                    return $"'{label}' must be a whole number.";
                }
                if (field.Min is { } min && l < min)
                {
                    return $"'{label}' must be at least {min}.";
                }
                if (field.Max is { } max && l > max)
                {
                    return $"'{label}' must be at most {max}.";
                }
                return null;
            case "boolean":
                return value is bool ? null : $"'{label}' must be true or false.";
            case "date":
                return value is DateTimeOffset || (value is string d && DateTimeOffset.TryParse(d, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
                    ? null : $"'{label}' must be a date (yyyy-MM-dd or ISO 8601).";
            case "enum":
                return value is string e && field.Options.Any(o => o.Id == e)
                    ? null : $"'{label}' must be one of: {string.Join(", ", field.Options.Select(o => o.Id))}.";
            default:
                if (value is not string text)
                {
                    return $"'{label}' must be text.";
                }
                if (field.MinLength is { } minLength && text.Length < minLength)
                {
                    return $"'{label}' must have at least {minLength} characters.";
                }
                if (field.MaxLength is { } maxLength && text.Length > maxLength)
                {
                    return $"'{label}' must have at most {maxLength} characters.";
                }
                return null;
        }
    }
}
