using System.Globalization;
using System.Text.RegularExpressions;
using Samverkan.Host.Notifications.Recipients;
using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Notifications.Engine;

/// <summary>
/// Reads the variables the notification handlers take. A wrong one is a design error: the handler throws with
/// a message naming the variable, and after the engine's retries it is an incident the designer can read.
/// </summary>
internal static partial class HandlerVariables
{
    // Personnummer and samordningsnummer: YYMMDD-NNNN, YYYYMMDDNNNN and the like.
    [GeneratedRegex(@"(?<!\d)(\d{2})?\d{6}[-+ ]?\d{4}(?!\d)")]
    private static partial Regex PersonalNumber();

    [GeneratedRegex(@"T.*([Zz]|[+-]\d{2}:?\d{2})$")]
    private static partial Regex NamedOffset();

    public static string? String(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.TryGetValue(name, out var value) ? Text(value, name) : null;

    /// <summary>A list of <c>user:x</c> / <c>group:y</c>, or one string of them separated by commas.</summary>
    public static IReadOnlyList<RecipientRef> Recipients(IReadOnlyDictionary<string, object?> variables, string name)
    {
        var items = variables.GetValueOrDefault(name) switch
        {
            null => [],
            string text => text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            IEnumerable<object?> list => list.Select(item => Text(item, name) ?? "").ToArray(),
            _ => throw Invalid(name, "must be a list of \"user:id\" or \"group:id\""),
        };
        if (items.Length == 0)
        {
            throw Invalid(name, "names nobody; give a list of \"user:id\" or \"group:id\"");
        }
        return items.Select(item => RecipientRef.TryParse(item, out var recipient)
            ? recipient.Value
            : throw Invalid(name, $"has \"{item}\", which is neither \"user:id\" nor \"group:id\"")).ToList();
    }

    public static NotificationKind Kind(IReadOnlyDictionary<string, object?> variables, string name, NotificationKind fallback)
    {
        var text = String(variables, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        return Enum.TryParse<NotificationKind>(text.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw Invalid(name, $"is \"{text}\"; use one of {string.Join(", ", Enum.GetNames<NotificationKind>())}");
    }

    /// <summary>The <c>{start, end, location, subject}</c> object of a meeting invitation.</summary>
    public static MeetingDetails Meeting(IReadOnlyDictionary<string, object?> variables, string name)
    {
        if (variables.GetValueOrDefault(name) is not IEnumerable<KeyValuePair<string, object?>> map)
        {
            throw Invalid(name, "must be an object {start, end, location, subject}");
        }
        var fields = map.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase);
        var start = Instant(fields.GetValueOrDefault("start"), $"{name}.start");
        var end = Instant(fields.GetValueOrDefault("end"), $"{name}.end");
        if (end <= start)
        {
            throw Invalid($"{name}.end", "must be after the start");
        }
        var location = Required(fields, "location", name);
        var subject = Required(fields, "subject", name);
        return new MeetingDetails(start, end, location, subject);
    }

    private static string Required(Dictionary<string, object?> fields, string field, string name)
    {
        var text = Text(fields.GetValueOrDefault(field), $"{name}.{field}");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Invalid($"{name}.{field}", "is required");
        }
        // These go into calendars outside Samverkan; an identity number there cannot be taken back.
        if (PersonalNumber().IsMatch(text))
        {
            throw Invalid($"{name}.{field}", "looks like it holds a personnummer; it ends up in calendars outside Samverkan, so say it without one");
        }
        return text.Trim();
    }

    private static DateTimeOffset Instant(object? value, string name) => value switch
    {
        DateTimeOffset at => at,
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && HasOffset(text) => parsed,
        string text when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) => SwedishTime.FromLocal(local),
        null => throw Invalid(name, "is required (an ISO 8601 date and time)"),
        _ => throw Invalid(name, "must be an ISO 8601 date and time, such as 2025-09-01T10:00"),
    };

    // "2025-09-01T10:00Z" or "...+02:00" names its offset; "2025-09-01T10:00" is a Stockholm wall-clock time.
    private static bool HasOffset(string text) => NamedOffset().IsMatch(text.Trim());

    private static string? Text(object? value, string name) => value switch
    {
        null => null,
        string s => s,
        long or double or bool => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => throw Invalid(name, "must be text"),
    };

    private static InvalidOperationException Invalid(string name, string problem) =>
        new($"Variable '{name}' {problem}.");
}
