using Samverkan.Host.Audit;

namespace Samverkan.Host.Web.Audit;

/// <summary>The access log's actions and roles in Swedish.</summary>
public static class AccessLogTexts
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
}
