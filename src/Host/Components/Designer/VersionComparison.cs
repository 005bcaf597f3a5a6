namespace Samverkan.Host.Components.Designer;

/// <summary>
/// Turns the bpmn module's diff into the comparison page's rows and the marks on its two diagrams: the newer
/// version marks added and changed elements (green, with the row's number), the older one changed (green) and
/// removed (red) elements.
/// </summary>
public static class VersionComparison
{
    public static IReadOnlyList<ComparisonEntry> Entries(DiagramDiff diff)
    {
        var number = 0;
        return
        [
            .. diff.Added.OrderBy(e => e.Id, StringComparer.Ordinal)
                .Select(e => new ComparisonEntry(++number, ComparisonKind.Added, e.Id, e.Name, e.Type, [])),
            .. diff.Changed.OrderBy(e => e.Id, StringComparer.Ordinal)
                .Select(e => new ComparisonEntry(++number, ComparisonKind.Changed, e.Id, e.Name, e.Type, e.Attrs)),
            .. diff.Removed.OrderBy(e => e.Id, StringComparer.Ordinal)
                .Select(e => new ComparisonEntry(++number, ComparisonKind.Removed, e.Id, e.Name, e.Type, [])),
        ];
    }

    public static DiagramHighlights Newer(IEnumerable<ComparisonEntry> entries) =>
        new(Numbers(entries, ComparisonKind.Added, ComparisonKind.Changed), [], new Dictionary<string, int>());

    public static DiagramHighlights Older(IEnumerable<ComparisonEntry> entries) =>
        new(Numbers(entries, ComparisonKind.Changed), [], Numbers(entries, ComparisonKind.Removed));

    private static Dictionary<string, int> Numbers(IEnumerable<ComparisonEntry> entries, params ComparisonKind[] kinds) =>
        entries.Where(e => kinds.Contains(e.Kind)).GroupBy(e => e.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Number, StringComparer.Ordinal);
}
