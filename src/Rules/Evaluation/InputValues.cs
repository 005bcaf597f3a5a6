using Samverkan.Shared;
using System.Collections;
using System.Globalization;
using System.Text.Json;
using Samverkan.Rules.Helpers;

namespace Samverkan.Rules.Evaluation;

/// <summary>Brings a caller's input into the JSON-like values RulesEngine turns into typed objects.</summary>
internal static class InputValues
{
    public static Dictionary<string, object?> FromJson(JsonElement json) =>
        json.EnumerateObject().ToDictionary(p => p.Name, p => FromJsonValue(p.Value), StringComparer.Ordinal);

    /// <summary>A copy with JSON read, integers as long, reals as double and every list a <c>List&lt;object?&gt;</c>.</summary>
    /// <exception cref="ArgumentException">A value that rules cannot read, such as an arbitrary object.</exception>
    public static Dictionary<string, object?> Normalize(IEnumerable<KeyValuePair<string, object?>> input)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in input)
        {
            copy[name] = Normalize(name, value);
        }

        return copy;
    }

    private static object? Normalize(string name, object? value) => value switch
    {
        null or string or bool or long or double or DateTimeOffset => value,
        int or short or byte or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        float or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        DateTime local => Stockholm.At(local),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        JsonElement json => FromJsonValue(json),
        IEnumerable<KeyValuePair<string, object?>> map => Normalize(map),
        IEnumerable items => NormalizeList(name, items),
        _ => throw new ArgumentException($"Input '{name}' is a {value.GetType().Name}; rules read strings, numbers, booleans, instants, lists and objects."),
    };

    private static List<object?> NormalizeList(string name, IEnumerable items)
    {
        var list = new List<object?>();
        foreach (var item in items)
        {
            list.Add(Normalize(name, item));
        }

        return list;
    }

    private static object? FromJsonValue(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetInt64(out var whole) ? whole : json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => json.EnumerateArray().Select(FromJsonValue).ToList(),
        JsonValueKind.Object => FromJson(json),
        _ => null,
    };
}
