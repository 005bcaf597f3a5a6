using System.Globalization;

namespace Samverkan.Shared;

/// <summary>
/// Fills a catalogue entry's English and Swedish templates with the same arguments: composite-format placeholders
/// (<c>{0}</c>, <c>{1}</c>, ...) that the Swedish may reorder; a <see cref="BilingualTerm"/> is put in each template's language.
/// </summary>
/// <remarks>Compiled into both Workflows (BPMN diagnostics) and Rules (rule-set errors), which do not reference each other.</remarks>
internal static class Bilingual
{
    public static (string English, string Swedish) Format(string english, string swedish, object?[] args) =>
        (Fill(english, args, t => t.English), Fill(swedish, args, t => t.Swedish));

    private static string Fill(string template, object?[] args, Func<BilingualTerm, string> language) =>
        string.Format(CultureInfo.InvariantCulture, template, [.. args.Select(a => a is BilingualTerm term ? language(term) : a)]);
}
