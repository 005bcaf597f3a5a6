using System.Text.RegularExpressions;
using Samverkan.Host.Persistence.Cases;

namespace Samverkan.Host.Cases;

/// <summary>Checks the values a request brings; a bad one is a <see cref="CaseException"/> naming its field, never quoting it.</summary>
internal static partial class CaseInput
{
    // Something that may be a personnummer or samordningsnummer, with or without century and separator.
    [GeneratedRegex(@"(?<!\d)(\d{2})?\d{6}[-+ ]?\d{4}(?!\d)")]
    private static partial Regex PersonalNumberLike();

    public static Personnummer Personnummer(string? text, string field) =>
        Cases.Personnummer.TryParse(text, out var personnummer, out var error) ? personnummer : throw CaseException.Invalid(field, error);

    /// <summary>Organisation ids: at least one, trimmed, each at most <see cref="CaseLimits.Organisation"/> characters, duplicates dropped.</summary>
    public static IReadOnlyList<string> Organisations(IReadOnlyList<string>? values, string field) =>
        List(values, field, CaseLimits.Organisation, "an organisation id");

    public static IReadOnlyList<string> Categories(IReadOnlyList<string>? values, string field) =>
        List(values, field, CaseLimits.Category, "a data category");

    /// <summary>Free text about the case; it is shown to every organisation, so it must not identify the individual.</summary>
    public static string? Title(string? text, string field)
    {
        var title = Text(text, field, CaseLimits.Title);
        return title is not null && PersonalNumberLike().IsMatch(title)
            ? throw CaseException.Invalid(field, "looks like it holds a personnummer; the title is shown de-identified too, so give the individual only as the case's person.")
            : title;
    }

    public static string? Name(string? text, string field) => Text(text, field, CaseLimits.Name);

    private static string? Text(string? text, string field, int max)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        return value.Length <= max ? value : throw CaseException.Invalid(field, $"is at most {max} characters.");
    }

    private static IReadOnlyList<string> List(IReadOnlyList<string>? values, string field, int max, string what)
    {
        var items = (values ?? []).Select(v => v?.Trim() ?? "").ToList();
        if (items.Count == 0)
        {
            throw CaseException.Invalid(field, $"needs at least one {what}.");
        }
        if (items.Count > CaseLimits.Items)
        {
            throw CaseException.Invalid(field, $"holds at most {CaseLimits.Items} values.");
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Length is 0 || items[i].Length > max)
            {
                throw CaseException.Invalid($"{field}[{i}]", $"must be {what} of 1 to {max} characters.");
            }
        }
        return items.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
