using Samverkan.Host.Security.Organisations;

namespace Samverkan.Host.Components.Admin;

/// <summary>What the administration pages show: names for ids, and refusals by field.</summary>
internal static class AdminTexts
{
    /// <summary>The groups' names (their id where a group is not in the list), comma-separated; "inga" for none.</summary>
    public static string GroupNames(IReadOnlyList<OrganisationGroup> groups, IEnumerable<string> ids) =>
        Names(ids, id => groups.FirstOrDefault(g => g.Id == id)?.Name);

    /// <summary>The organisations' names (their id where one is not in the list), comma-separated; "inga" for none.</summary>
    public static string OrganisationNames(IReadOnlyList<Organisation> organisations, IEnumerable<string> ids) =>
        Names(ids, id => organisations.FirstOrDefault(o => o.Id == id)?.Name);

    /// <summary>
    /// The refusals by field (several for one field joined); with none and a <paramref name="missing"/> text, that text
    /// under "form": the thing edited is gone.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ByField(IReadOnlyList<(string Field, string Message)> errors, string? missing)
    {
        var byField = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Message)));
        if (byField.Count == 0 && missing is not null)
        {
            byField["form"] = missing;
        }
        return byField;
    }

    private static string Names(IEnumerable<string> ids, Func<string, string?> name)
    {
        var names = ids.Select(id => name(id) ?? id).ToList();
        return names.Count == 0 ? "inga" : string.Join(", ", names);
    }
}
