using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Samverkan.Host.Components.Shared;

/// <summary>
/// How the instance viewer shows a process variable. Personal data belongs in cases, not in process variables;
/// a variable that still looks like it (by its name, a nested key, or a personnummer-like value) is masked for
/// everyone: those who operate the engine need no personal data to do so.
/// </summary>
internal static partial class VariableMask
{
    public const string Masked = "●●● (dold)";

    // Substrings of a variable's (or a nested key's) name, compared case-insensitively.
    private static readonly string[] PersonalNames =
    [
        "namn", "name", "personnummer", "personnr", "pnr", "samordningsnummer", "ssn",
        "telefon", "phone", "mobil", "adress", "address", "epost", "e_post", "email", "mail",
        "fodelse", "födelse", "birth", "diagnos",
    ];

    /// <summary>
    /// Personnummer and samordningsnummer (day + 60), with or without century and separator, not inside a longer
    /// number; the check digit is not required, so a mistyped one is masked too.
    /// </summary>
    [GeneratedRegex(@"(?<!\d)(?:\d{2})?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])[-+ ]?\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PersonnummerLike();

    public static bool IsPersonal(string name, object? value) => IsPersonalName(name) || Contains(value);

    /// <summary>The value as the table shows it: masked, or as text (lists and objects as JSON).</summary>
    public static string Display(string name, object? value) => IsPersonal(name, value) ? Masked : Text(value);

    public static bool IsPersonalName(string name) =>
        PersonalNames.Any(hint => name.Contains(hint, StringComparison.OrdinalIgnoreCase));

    private static bool Contains(object? value) => value switch
    {
        null => false,
        string text => PersonnummerLike().IsMatch(text),
        long number => PersonnummerLike().IsMatch(number.ToString(CultureInfo.InvariantCulture)),
        IDictionary<string, object?> map => map.Any(kv => IsPersonal(kv.Key, kv.Value)),
        IReadOnlyDictionary<string, object?> map => map.Any(kv => IsPersonal(kv.Key, kv.Value)),
        IEnumerable items and not string => items.Cast<object?>().Any(Contains),
        _ => false,
    };

    private static string Text(object? value) => value switch
    {
        null => "(tomt)",
        string text => text,
        bool flag => flag ? "ja" : "nej",
        DateTimeOffset at => WebTime.Format(at),
        IFormattable number => number.ToString(null, CultureInfo.GetCultureInfo("sv-SE")),
        _ => JsonSerializer.Serialize(value),
    };
}
