using System.Globalization;
using System.Text.RegularExpressions;

namespace Samverkan.Host.Web.Inbox;

/// <summary>
/// The process variables shown beside a task: plain values only (results of rules and lists stay in the instance
/// viewer), and never one that looks personal by its name or holds something like a personnummer.
/// Personal data belongs in the case, which is read through the access log.
/// </summary>
internal static partial class ContextVariables
{
    private static readonly string[] PersonalHints =
        ["namn", "name", "personnummer", "personnr", "pnr", "telefon", "phone", "adress", "address", "epost", "email", "mail", "birth", "fodelse", "födelse", "diagnos"];

    [GeneratedRegex(@"(?<!\d)(?:\d{2})?\d{6}[-+ ]?\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PersonnummerLike();

    public static bool LooksPersonal(string text) => PersonnummerLike().IsMatch(text);

    public static IReadOnlyList<KeyValuePair<string, string>> Shown(IReadOnlyDictionary<string, object?> variables) =>
        variables
            .Where(v => !PersonalHints.Any(h => v.Key.Contains(h, StringComparison.OrdinalIgnoreCase)))
            .Select(v => (v.Key, Text: Text(v.Value)))
            .Where(v => v.Text is not null && !LooksPersonal(v.Text))
            .OrderBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => KeyValuePair.Create(v.Key, v.Text!))
            .ToList();

    private static string? Text(object? value) => value switch
    {
        string text => text,
        bool flag => flag ? "ja" : "nej",
        DateTimeOffset at => WebTime.Format(at),
        long or int or double => ((IFormattable)value).ToString(null, CultureInfo.GetCultureInfo("sv-SE")),
        _ => null,
    };
}
