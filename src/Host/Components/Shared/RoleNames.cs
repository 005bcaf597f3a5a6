using Samverkan.Host.Security;

namespace Samverkan.Host.Components.Shared;

/// <summary>The roles as users call them.</summary>
public static class RoleNames
{
    public static string Swedish(string role) => role.ToLowerInvariant() switch
    {
        Roles.Processdesigner => "processdesigner",
        Roles.Chef => "chef",
        Roles.Handlaggare => "handläggare",
        Roles.Narvardskontoret => "Närvårdskontoret",
        Roles.Admin => "administratör",
        Roles.Granskare => "granskare",
        Roles.Worker => "extern tjänst",
        _ => role,
    };
}
