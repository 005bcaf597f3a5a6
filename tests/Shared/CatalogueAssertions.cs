using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;

namespace Samverkan.Tests.Shared;

/// <summary>
/// What every bilingual text catalogue (BPMN diagnostics, rule-set errors) must hold: stable kebab-case codes and a
/// Swedish template with the English one's placeholders. Compiled into each test project with a catalogue (linked from tests/Shared).
/// </summary>
internal static partial class CatalogueAssertions
{
    public static void CodesAreUniqueKebabCase(IReadOnlyCollection<string> codes, int atLeast)
    {
        Assert.True(codes.Count > atLeast, "the catalogue is read by reflection; did the fields move?");
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches(KebabCase(), code));
    }

    public static void SwedishHasTheEnglishPlaceholders(string english, string swedish)
    {
        Assert.False(string.IsNullOrWhiteSpace(swedish));
        Assert.NotEqual(english, swedish);
        Assert.Equal(Placeholders(english), Placeholders(swedish));
    }

    /// <summary>A distinct text for each placeholder of the template, to find again in the formatted message.</summary>
    public static object?[] Arguments(string template) => [.. Placeholders(template).Select(i => (object?)$"<arg{i}>")];

    public static void EveryArgumentAppears(object?[] args, string english, string swedish)
    {
        Assert.All(args, a => Assert.Contains((string)a!, english, StringComparison.Ordinal));
        Assert.All(args, a => Assert.Contains((string)a!, swedish, StringComparison.Ordinal));
    }

    // Escaped braces ({{ and }}) are literal text, not placeholders.
    private static SortedSet<int> Placeholders(string template) =>
        new(Placeholder().Matches(template.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
