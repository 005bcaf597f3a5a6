using System.Globalization;
using Samverkan.Host.Notifications;
using Samverkan.Workflows.Model;

namespace Samverkan.Host.Components.Inbox;

/// <summary>
/// What a person has typed or chosen for one form field, and its Swedish message when it does not fit the field's
/// definition (type, required, length, range, options): the same checks the engine makes, said before it is asked.
/// </summary>
public sealed class FormFieldInput
{
    public FormFieldInput(FormField field)
    {
        Field = field;
        if (field.DefaultValue is { Length: > 0 } value)
        {
            SetFromText(value);
        }
    }

    public FormField Field { get; }

    public string Label => string.IsNullOrWhiteSpace(Field.Label) ? Field.Id : Field.Label;

    /// <summary>string, long and enum values.</summary>
    public string? Text { get; set; }

    public bool? Flag { get; set; }

    public DateTime? Date { get; set; }

    /// <summary>The time of day of a date field; without it the date alone is sent.</summary>
    public TimeSpan? Time { get; set; }

    public string? Error { get; set; }

    public bool HasValue => Field.Type switch
    {
        "boolean" => Flag is not null,
        "date" => Date is not null,
        _ => !string.IsNullOrWhiteSpace(Text),
    };

    /// <summary>The Swedish message for what is wrong, or null.</summary>
    public string? Check()
    {
        if (Field.ReadOnly)
        {
            return null;
        }
        if (!HasValue)
        {
            return Field.Required && Field.DefaultValue is null ? MissingMessage : null;
        }
        var text = Text?.Trim() ?? "";
        switch (Field.Type)
        {
            case "long":
                if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    return "Ange ett heltal.";
                }
                if (Field.Min is { } min && number < min)
                {
                    return $"Värdet måste vara minst {min}.";
                }
                return Field.Max is { } max && number > max ? $"Värdet får vara högst {max}." : null;
            case "enum":
                return Field.Options.Any(o => o.Id == text) ? null : "Välj ett av alternativen.";
            case "boolean":
            case "date":
                return null;
            default:
                if (Field.MinLength is { } minLength && text.Length < minLength)
                {
                    return $"Skriv minst {minLength} tecken.";
                }
                return Field.MaxLength is { } maxLength && text.Length > maxLength ? $"Skriv högst {maxLength} tecken (nu {text.Length})." : null;
        }
    }

    public string MissingMessage => Field.Type is "enum" or "boolean" ? "Välj ett alternativ." : "Fyll i det här fältet.";

    /// <summary>The value as the engine takes it: long, bool, an ISO date (with Stockholm's offset when a time is given), or text.</summary>
    public object? ToValue() => Field.Type switch
    {
        "boolean" => Flag,
        "long" => long.Parse(Text!.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture),
        "date" when Time is { } time => SwedishTime.FromLocal(Date!.Value.Date + time).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        "date" => Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Text!.Trim(),
    };

    private void SetFromText(string value)
    {
        switch (Field.Type)
        {
            case "boolean":
                Flag = bool.TryParse(value, out var flag) ? flag : null;
                break;
            case "date":
                if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                {
                    var local = value.Length > 10 ? SwedishTime.ToStockholm(at).DateTime : at.Date;
                    Date = local.Date;
                    Time = value.Length > 10 ? local.TimeOfDay : null;
                }
                break;
            default:
                Text = value;
                break;
        }
    }
}
