using System.Text;
using System.Text.Json;

namespace Samverkan.Host.Api.RuleSets;

/// <summary>
/// Reads a rule-set file sent as the request body, as text, so that it is saved as written (comments included).
/// A file without <c>WorkflowName</c> gets the name from the URL; one with another name is refused when it is validated.
/// </summary>
internal static class RuleSetBody
{
    public const string MediaType = "application/json";

    /// <summary>The most characters a rule-set file may have; real ones have a few thousand.</summary>
    public const int MaxCharacters = 1_000_000;

    private const string NameProperty = "WorkflowName";

    private static readonly JsonDocumentOptions FileOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static async Task<string> ReadAsync(HttpRequest request, string name, CancellationToken ct) =>
        WithName(await TextBody.ReadAsync(request, [MediaType], MaxCharacters, "rule-set file", ct), name);

    private static string WithName(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json, FileOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || root.EnumerateObject().Any(p => string.Equals(p.Name, NameProperty, StringComparison.OrdinalIgnoreCase)))
            {
                return json;
            }
            // Insert the name right after the opening brace, so that the rest of the file stays as written.
            var bytes = Encoding.UTF8.GetBytes(json);
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            reader.Read();
            var brace = Encoding.UTF8.GetCharCount(bytes, 0, (int)reader.TokenStartIndex) + 1;
            var separator = root.EnumerateObject().Any() ? ", " : "";
            return json.Insert(brace, $"\"{NameProperty}\": {JsonSerializer.Serialize(name)}{separator}");
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("The body is not JSON.", e);
        }
    }
}
