using System.Diagnostics.CodeAnalysis;

namespace Samverkan.Host.Notifications.Recipients;

/// <summary>Who a notification is for: <c>user:anna</c> or <c>group:kommun-socialtjanst</c>.</summary>
public readonly record struct RecipientRef(RecipientType Type, string Id)
{
    public static RecipientRef User(string id) => new(RecipientType.User, id);

    public static RecipientRef Group(string id) => new(RecipientType.Group, id);

    /// <summary>Reads <c>user:x</c> or <c>group:y</c> (prefix case-insensitive, id trimmed and non-empty).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out RecipientRef? recipient)
    {
        recipient = null;
        var colon = text?.IndexOf(':') ?? -1;
        if (text is null || colon < 0)
        {
            return false;
        }
        var id = text[(colon + 1)..].Trim();
        if (id.Length == 0)
        {
            return false;
        }
        recipient = text[..colon].Trim().ToLowerInvariant() switch
        {
            "user" => User(id),
            "group" => Group(id),
            _ => null,
        };
        return recipient is not null;
    }

    public override string ToString() => $"{(Type == RecipientType.User ? "user" : "group")}:{Id}";
}
