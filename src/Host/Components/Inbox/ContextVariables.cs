using System.Globalization;
using Samverkan.Host.Components.Instances;
using Samverkan.Host.Components.Shared;

namespace Samverkan.Host.Components.Inbox;

/// <summary>
/// The process variables shown beside a task: plain values only (results of rules and lists stay in the instance
/// viewer), and never one that looks personal by its name or holds something like a personnummer.
/// Personal data belongs in the case, which is read through the access log.
/// </summary>
internal static class ContextVariables
{
    /// <summary>Something like a personnummer or samordningsnummer in free text.</summary>
    public static bool LooksPersonal(string text) => VariableMask.IsPersonal("", text);

    // What the start forms (/starta) put in, by the names their processes read.
    private static readonly Dictionary<string, string> StartLabels = new(StringComparer.Ordinal)
    {
        ["needDescription"] = "Beskrivning av behovet",
        ["reportedBy"] = "Anmält av",
        ["pulledBy"] = "Draget av",
        ["party"] = "Verksamhet",
        ["individualHarmed"] = "Enskild individ far illa",
        ["unreasonableBurden"] = "Orimlig belastning",
        ["sipAttempted"] = "SIP har prövats",
        ["reporter"] = "Rapporterad av",
        ["title"] = "Rubrik",
        ["raisedBy"] = "Lyft av",
        ["raisedFrom"] = "Lyft från",
        ["deidentified"] = "Avidentifierat",
        ["writtenConsent"] = "Skriftligt samtycke",
    };

    /// <summary>
    /// The variables to show, each named by its form field's label, a start form's label, or else its own name; a
    /// choice field's value by the name of the option chosen.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Shown(IReadOnlyDictionary<string, object?> variables,
        IReadOnlyDictionary<string, string>? labels = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? valueNames = null) =>
        variables
            .Where(v => !VariableMask.IsPersonal(v.Key, v.Value))
            .Select(v => (Label: labels?.GetValueOrDefault(v.Key) ?? StartLabels.GetValueOrDefault(v.Key) ?? v.Key,
                Text: v.Value is string chosen && valueNames?.GetValueOrDefault(v.Key)?.GetValueOrDefault(chosen) is { } name ? name : Text(v.Value)))
            .Where(v => v.Text is not null)
            .OrderBy(v => v.Label, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), true))
            .Select(v => KeyValuePair.Create(v.Label, v.Text!))
            .ToList();

    private static string? Text(object? value) => value switch
    {
        string text => string.IsNullOrWhiteSpace(text) ? null : text,
        bool flag => flag ? "ja" : "nej",
        DateTimeOffset at => WebTime.Format(at),
        long or int or double => ((IFormattable)value).ToString(null, CultureInfo.GetCultureInfo("sv-SE")),
        _ => null,
    };
}
