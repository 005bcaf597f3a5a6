using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Samverkan.Workflows.Execution;

/// <summary>
/// Turns any value a caller passes into the engine's variable types (null, string, bool, long, double,
/// DateTimeOffset, list, dictionary) and enforces the size limits.
/// </summary>
public static partial class VariableValues
{
    /// <summary>A single variable may serialise to at most this many bytes of JSON.</summary>
    public const int MaxVariableBytes = 256 * 1024;

    /// <summary>All variables passed in one call may serialise to at most this many bytes.</summary>
    public const int MaxPayloadBytes = 1024 * 1024;

    public const int MaxNameLength = 128;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();

    public static object? Normalize(object? value) => value switch
    {
        null => null,
        string or bool or long or double or DateTimeOffset => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        uint u => (long)u,
        float f => (double)f,
        decimal m => m == decimal.Truncate(m) && m is >= long.MinValue and <= long.MaxValue ? (object)(long)m : (double)m,
        DateTime dt => new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        Enum e => e.ToString(),
        TimeSpan t => System.Xml.XmlConvert.ToString(t),
        JsonElement je => FromJson(je),
        IDictionary<string, object?> d => d.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value), StringComparer.Ordinal),
        IReadOnlyDictionary<string, object?> d => d.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value), StringComparer.Ordinal),
        IDictionary d => d.Keys.Cast<object>().ToDictionary(k => Convert.ToString(k, CultureInfo.InvariantCulture)!, k => Normalize(d[k]), StringComparer.Ordinal),
        IEnumerable items => items.Cast<object?>().Select(Normalize).ToList(),
        _ => FromJson(JsonSerializer.SerializeToElement(value, value.GetType())),
    };

    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        _ => element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
    };

    /// <summary>Normalises a set of variables and checks names and sizes; throws <see cref="VariableException"/> naming the variable.</summary>
    public static Dictionary<string, object?> Prepare(IReadOnlyDictionary<string, object?>? variables)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (variables is null)
        {
            return result;
        }
        var total = 0;
        foreach (var (name, raw) in variables)
        {
            if (name.Length > MaxNameLength || !NamePattern().IsMatch(name))
            {
                throw new VariableException(name, $"'{name}' is not a valid variable name (letters, digits and _, not starting with a digit, at most {MaxNameLength} characters).");
            }
            var value = Normalize(raw);
            var size = JsonSerializer.SerializeToUtf8Bytes(value, StateJson.Options).Length;
            if (size > MaxVariableBytes)
            {
                throw new VariableException(name, $"Variable '{name}' is {size} bytes as JSON; the limit is {MaxVariableBytes} bytes per variable.");
            }
            total += size;
            if (total > MaxPayloadBytes)
            {
                throw new VariableException(name, $"The variables are larger than {MaxPayloadBytes} bytes as JSON in all.");
            }
            result[name] = value;
        }
        return result;
    }
}
