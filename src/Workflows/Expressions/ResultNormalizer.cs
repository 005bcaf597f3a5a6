using System.Collections;
using System.Linq.Dynamic.Core;

namespace Samverkan.Workflows.Expressions;

/// <summary>Turns what a delegate returns back into the engine's JSON-like values (long not int, dictionaries not generated classes).</summary>
internal static class ResultNormalizer
{
    public static object? Normalize(object? value) => value switch
    {
        null or string or bool or long or double or decimal or DateTimeOffset or TimeSpan => value,
        int i => (long)i,
        short or byte or sbyte or ushort or uint => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        float f => (double)f,
        char c => c.ToString(),
        DynamicClass dynamic => dynamic.GetDynamicMemberNames().ToDictionary(name => name, name => Normalize(dynamic[name])),
        IEnumerable list => list.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };
}
