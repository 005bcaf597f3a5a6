using System.Text.RegularExpressions;
using Samverkan.Host.Audit;
using Samverkan.Host.Persistence.Audit;
using Samverkan.Host.Components.Shared;

namespace Samverkan.Host.Components.Audit;

/// <summary>The access log's actions and roles in Swedish.</summary>
public static partial class AccessLogTexts
{
    public static string Action(AuditAction action) => action switch
    {
        AuditAction.Read => "Läsning",
        AuditAction.Create => "Registrering",
        AuditAction.Change => "Ändring",
        AuditAction.ConsentGiven => "Samtycke lämnat",
        AuditAction.ConsentWithdrawn => "Samtycke återkallat",
        AuditAction.LogRead => "Läsning av loggen",
        _ => action.ToString(),
    };

    /// <summary>Comma-separated roles as stored, in Swedish.</summary>
    public static string Roles(string roles) =>
        string.Join(", ", roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(RoleNames.Swedish));

    public static string Organisations(string organisations) => organisations.Replace(",", ", ", StringComparison.Ordinal);

    // The fixed English descriptions the services write (the CSV keeps them as stored); filters stay as written.
    private static readonly (string English, string Swedish)[] Details =
    [
        ("case found by personnummer", "ärendet söktes fram med personnummer"),
        ("case read", "ärendet lästes"),
        ("instance history read", "processens historik lästes"),
        ("instance read", "processens uppgifter lästes"),
        ("instance started", "processen startades"),
        ("instance cancelled", "processen avbröts"),
        ("instance viewer", "processen visades"),
        ("task form read", "uppgiftens formulär lästes"),
        ("notifications read", "notiserna lästes"),
        ("external task fetched", "en extern tjänst hämtade uppgifter"),
        ("case created", "ärendet registrerades"),
        ("consent registered", "samtycke registrerades"),
        ("consents listed", "samtyckena listades"),
        ("consent withdrawn", "samtycket återkallades"),
        ("name added", "namnet lades till"),
        ("csv export", "CSV-export"),
        ("no filter", "inget filter"),
    ];

    [GeneratedRegex(@"^page (\d+):")]
    private static partial Regex PageRead();

    [GeneratedRegex(@" \(through ([^)]*)\)$")]
    private static partial Regex Through();

    /// <summary>The entry's description in Swedish.</summary>
    public static string Detail(string? detail)
    {
        if (string.IsNullOrWhiteSpace(detail))
        {
            return "";
        }
        var text = PageRead().Replace(detail, "sida $1:");
        text = Through().Replace(text, " (via $1)");
        foreach (var (english, swedish) in Details)
        {
            if (text.StartsWith(english, StringComparison.Ordinal))
            {
                text = swedish + text[english.Length..];
            }
            else if (text.EndsWith(english, StringComparison.Ordinal))
            {
                text = text[..^english.Length] + swedish;
            }
        }
        return text;
    }
}
