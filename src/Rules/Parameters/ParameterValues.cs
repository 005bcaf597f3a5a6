using System.Text.Encodings.Web;
using System.Text.Json;
using Samverkan.Rules.Helpers;

namespace Samverkan.Rules.Parameters;

/// <summary>Turns a parameter's JSON into the typed value rules read, and back into canonical JSON.</summary>
internal static class ParameterValues
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Type ClrType(ParameterKind kind) => kind switch
    {
        ParameterKind.Duration => typeof(Period),
        ParameterKind.DayCount => typeof(int),
        ParameterKind.WeekRanges => typeof(WeekRanges),
        ParameterKind.StringList => typeof(IReadOnlyList<string>),
        ParameterKind.Number => typeof(double),
        ParameterKind.Text => typeof(string),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <exception cref="InvalidParameterValueException">The JSON does not fit the kind.</exception>
    public static object Parse(string name, ParameterKind kind, JsonElement json)
    {
        try
        {
            return kind switch
            {
                ParameterKind.Duration => Period.Parse(Text(json)),
                ParameterKind.DayCount => json.ValueKind == JsonValueKind.Number && json.TryGetInt32(out var days) && days >= 0
                    ? days
                    : throw new FormatException("expected a whole number of days, zero or more"),
                ParameterKind.WeekRanges => WeekRanges.Parse(Strings(json)),
                ParameterKind.StringList => Strings(json).AsReadOnly(),
                ParameterKind.Number => json.ValueKind == JsonValueKind.Number && double.IsFinite(json.GetDouble())
                    ? json.GetDouble()
                    : throw new FormatException("expected a number"),
                ParameterKind.Text => Text(json),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
            };
        }
        catch (FormatException e)
        {
            throw new InvalidParameterValueException(name, $"{kind}: {e.Message}");
        }
    }

    /// <summary>The canonical JSON of a typed value, as stored and returned.</summary>
    public static string ToJson(object value) => value switch
    {
        Period period => JsonSerializer.Serialize(period.ToString(), Json),
        WeekRanges ranges => JsonSerializer.Serialize(ranges.ToStrings(), Json),
        _ => JsonSerializer.Serialize(value, value.GetType(), Json),
    };

    public static JsonElement ToElement(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static string Text(JsonElement json) =>
        json.ValueKind == JsonValueKind.String ? json.GetString()! : throw new FormatException("expected a string");

    private static string[] Strings(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("expected a list of strings");
        }

        var items = json.EnumerateArray().Select(Text).ToArray();
        return items.Any(string.IsNullOrWhiteSpace) ? throw new FormatException("a list item is empty") : items;
    }
}
