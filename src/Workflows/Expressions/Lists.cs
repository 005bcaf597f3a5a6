using System.Collections;

namespace Samverkan.Workflows.Expressions;

/// <summary>List functions callable from expressions as <c>Lists.X(...)</c>; they accept any list and compare numbers by value.</summary>
public static class Lists
{
    public static bool Contains(IEnumerable? list, object? value)
    {
        if (list is null)
        {
            return false;
        }

        foreach (var item in list)
        {
            if (ValuesEqual(item, value))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsEmpty(IEnumerable? list) => list is null || !list.GetEnumerator().MoveNext();

    /// <summary>The items as text between <paramref name="separator"/>s, e.g. a rule outcome's reasons for a message; null items are left out.</summary>
    public static string Join(IEnumerable? list, string separator) =>
        list is null ? "" : string.Join(separator, list.Cast<object?>().Where(i => i is not null).Select(i => Convert.ToString(i, System.Globalization.CultureInfo.InvariantCulture)));

    private static bool ValuesEqual(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (long or int or double or decimal, long or int or double or decimal) => Convert.ToDecimal(a) == Convert.ToDecimal(b),
        _ => a.Equals(b),
    };
}
