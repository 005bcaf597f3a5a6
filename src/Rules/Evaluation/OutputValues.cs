using Samverkan.Shared;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Dynamic.Core;
using System.Reflection;
using System.Xml;
using Samverkan.Rules.Helpers;

namespace Samverkan.Rules.Evaluation;

/// <summary>Turns what an OutputExpression returned into values a process variable can hold.</summary>
internal static class OutputValues
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <exception cref="OutputNotStorableException">A value no variable can hold.</exception>
    public static object? Normalize(object? value) => value switch
    {
        null or string or bool or long or double or DateTimeOffset => value,
        int or short or byte or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        float => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        decimal m => m == decimal.Truncate(m) && m is >= long.MinValue and <= long.MaxValue ? (long)m : (double)m,
        DateTime local => Stockholm.At(local),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeSpan span => XmlConvert.ToString(span),
        Period or WeekRange or IsoWeek => value.ToString(),
        WeekRanges ranges => ranges.ToStrings().Cast<object?>().ToList(),
        DynamicClass members => Properties.GetOrAdd(members.GetType(), static t => t.GetProperties().Where(p => p.GetIndexParameters().Length == 0).ToArray()).ToDictionary(p => p.Name, p => Normalize(p.GetValue(members)), StringComparer.Ordinal),
        IEnumerable<KeyValuePair<string, object?>> map => map.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value), StringComparer.Ordinal),
        IEnumerable items => items.Cast<object?>().Select(Normalize).ToList(),
        _ => throw new OutputNotStorableException(value.GetType().Name),
    };
}
