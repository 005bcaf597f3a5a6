using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samverkan.Workflows.Execution;

/// <summary>
/// Reads and writes variable values so that they come back as the same normalised CLR types:
/// integers as long, other numbers as double, objects as dictionaries, and instants tagged so they stay instants.
/// </summary>
internal sealed class VariableValueConverter : JsonConverter<object>
{
    private const string DateTag = "$date";

    public override bool HandleNull => true;

    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var l) ? (object)l : reader.GetDouble();
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(Read(ref reader, typeof(object), options));
                }
                return list;
            case JsonTokenType.StartObject:
                var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    dict[name] = Read(ref reader, typeof(object), options);
                }
                if (dict.Count == 1 && dict.TryGetValue(DateTag, out var date) && date is string s)
                {
                    return DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
                }
                return dict;
            default:
                throw new JsonException($"Unexpected token {reader.TokenType} in a variable value.");
        }
    }

    public override void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case DateTimeOffset dto:
                writer.WriteStartObject();
                writer.WriteString(DateTag, dto.ToString("O", CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> dict:
                writer.WriteStartObject();
                foreach (var (k, v) in dict)
                {
                    writer.WritePropertyName(k);
                    Write(writer, v, options);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable<object?> items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item, options);
                }
                writer.WriteEndArray();
                break;
            default:
                Write(writer, VariableValues.Normalize(value), options);
                break;
        }
    }
}
