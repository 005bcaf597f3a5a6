using System.Globalization;
using System.Text.Json;
using Samverkan.Rules.Helpers;
using Samverkan.Rules.Parameters;

namespace Samverkan.Host.Components.Manager;

/// <summary>A parameter's value as a manager reads and types it, per kind, and the value back as the JSON the service takes.</summary>
public static class ParameterText
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string KindName(ParameterKind kind) => kind switch
    {
        ParameterKind.Duration => "Tidslängd",
        ParameterKind.DayCount => "Antal dagar",
        ParameterKind.WeekRanges => "Veckor",
        ParameterKind.StringList => "Lista",
        ParameterKind.Number => "Tal",
        ParameterKind.Text => "Text",
        _ => kind.ToString(),
    };

    /// <summary>How to type a value of the kind, shown under the field.</summary>
    public static string Hint(ParameterKind kind) => kind switch
    {
        ParameterKind.Duration => "ISO 8601, t.ex. P14D (14 dagar), P2W (2 veckor), P1Y (1 år) eller PT12H (12 timmar).",
        ParameterKind.DayCount => "Ett heltal, 0 eller mer.",
        ParameterKind.WeekRanges => "En rad per period, t.ex. 2025-W25..2025-W32 eller 2025-W40.",
        ParameterKind.StringList => "Ett värde per rad.",
        ParameterKind.Number => "Ett tal, t.ex. 0,5.",
        _ => "Fri text.",
    };

    /// <summary>The value as a manager reads it, e.g. "14 dagar (P14D)" or "från v. 25 2025 till v. 32 2025".</summary>
    public static string Show(ParameterKind kind, JsonElement value)
    {
        try
        {
            return kind switch
            {
                ParameterKind.Duration => Duration(Period.Parse(value.GetString()!)),
                ParameterKind.DayCount => $"{value.GetInt32()} dagar",
                ParameterKind.WeekRanges => value.GetArrayLength() == 0
                    ? "inga"
                    : string.Join(", ", WeekRanges.Parse(Strings(value)).Ranges.Select(SwedishWeeks.Range)),
                ParameterKind.StringList => string.Join(", ", Strings(value)),
                ParameterKind.Number => value.GetDouble().ToString(Swedish),
                _ => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText(),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            return value.GetRawText();
        }
    }

    /// <summary>The value as it stands in the change form's field.</summary>
    public static string ToInput(ParameterKind kind, JsonElement value) => kind switch
    {
        ParameterKind.WeekRanges or ParameterKind.StringList => string.Join("\n", Strings(value)),
        ParameterKind.Number => value.GetDouble().ToString(Swedish),
        ParameterKind.DayCount => value.GetRawText(),
        _ => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText(),
    };

    /// <summary>What the manager typed as the JSON of the kind, or why it is not a value of the kind (in Swedish).</summary>
    public static (JsonElement? Value, string? Error) Parse(ParameterKind kind, string? text)
    {
        text = text?.Trim() ?? "";
        switch (kind)
        {
            case ParameterKind.Duration:
                return Period.TryParse(text, out var period)
                    ? (JsonSerializer.SerializeToElement(period.ToString()), null)
                    : (null, "Ange en tidslängd i ISO 8601, t.ex. P14D (14 dagar) eller P1Y (1 år).");
            case ParameterKind.DayCount:
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days)
                    ? (JsonSerializer.SerializeToElement(days), null)
                    : (null, "Ange ett helt antal dagar, 0 eller mer.");
            case ParameterKind.Number:
                return double.TryParse(text.Replace('.', ','), NumberStyles.Float, Swedish, out var number) && double.IsFinite(number)
                    ? (JsonSerializer.SerializeToElement(number), null)
                    : (null, "Ange ett tal, t.ex. 0,5 eller 18.");
            case ParameterKind.WeekRanges:
                var ranges = Lines(text);
                foreach (var line in ranges)
                {
                    try
                    {
                        WeekRange.Parse(line);
                    }
                    catch (FormatException)
                    {
                        return (null, $"\"{line}\" är inte en vecka eller period som 2025-W25..2025-W32 (startveckan först).");
                    }
                }
                return (JsonSerializer.SerializeToElement(ranges), null);
            case ParameterKind.StringList:
                return (JsonSerializer.SerializeToElement(Lines(text)), null);
            default:
                return text.Length == 0 ? (null, "Ange en text.") : (JsonSerializer.SerializeToElement(text), null);
        }
    }

    /// <summary>Why the service refused a value, in Swedish: its own message quotes the kind in English.</summary>
    public static string Refused(ParameterKind kind) => $"Värdet passar inte parametern ({KindName(kind).ToLowerInvariant()}). {Hint(kind)}";

    /// <summary>A duration in words: "14 dagar", "1 år", "12 timmar".</summary>
    public static string Duration(Period period)
    {
        var parts = new List<string>();
        void Part(int value, string one, string many)
        {
            if (value > 0)
            {
                parts.Add($"{value} {(value == 1 ? one : many)}");
            }
        }
        Part(period.Years, "år", "år");
        Part(period.Months, "månad", "månader");
        Part(period.Days, "dag", "dagar");
        Part((int)period.Time.TotalHours, "timme", "timmar");
        Part(period.Time.Minutes, "minut", "minuter");
        return parts.Count == 0 ? "ingen tid" : $"{string.Join(", ", parts)} ({period})";
    }

    private static string[] Strings(JsonElement value) => [.. value.EnumerateArray().Select(v => v.GetString() ?? "")];

    private static string[] Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
