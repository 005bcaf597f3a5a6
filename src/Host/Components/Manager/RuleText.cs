using System.Text.Json;

namespace Samverkan.Host.Components.Manager;

/// <summary>One rule of a rule-set file as a reader sees it: when it passes, the reason when it fails, and what it outputs.</summary>
public sealed record RuleText(string Name, string Expression, string? ErrorMessage, string? OnSuccess, string? OnFailure, int Depth)
{
    private static readonly JsonDocumentOptions FileOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The rules of a saved file, nested rules after their parent; empty when the file cannot be read.</summary>
    public static IReadOnlyList<RuleText> Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, FileOptions);
            var rules = new List<RuleText>();
            if (Property(document.RootElement, "Rules") is { ValueKind: JsonValueKind.Array } list)
            {
                Add(list, 0, rules);
            }
            return rules;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static void Add(JsonElement list, int depth, List<RuleText> rules)
    {
        foreach (var rule in list.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object))
        {
            var nested = Property(rule, "Rules");
            var expression = Text(rule, "Expression")
                ?? (Text(rule, "Operator") is { } op ? $"{op} av reglerna nedan" : "");
            var actions = Property(rule, "Actions");
            rules.Add(new RuleText(Text(rule, "RuleName") ?? "(namnlös)", expression, Text(rule, "ErrorMessage"),
                Output(actions, "OnSuccess"), Output(actions, "OnFailure"), depth));
            if (nested is { ValueKind: JsonValueKind.Array })
            {
                Add(nested.Value, depth + 1, rules);
            }
        }
    }

    private static string? Output(JsonElement? actions, string name) =>
        actions is { ValueKind: JsonValueKind.Object } a && Property(a, name) is { ValueKind: JsonValueKind.Object } action
            && Property(action, "Context") is { ValueKind: JsonValueKind.Object } context
            ? Text(context, "Expression")
            : null;

    private static string? Text(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).FirstOrDefault()
            : null;
}
