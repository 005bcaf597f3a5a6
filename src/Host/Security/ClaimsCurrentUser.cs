using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Samverkan.Host.Security;

/// <summary>The signed-in user of the request, read from the claims sign-in put on it; nobody when unauthenticated.</summary>
internal sealed class ClaimsCurrentUser : ICurrentUser
{
    public ClaimsCurrentUser(IHttpContextAccessor accessor, IOptions<AuthOptions> options)
        : this(accessor.HttpContext?.User, options.Value)
    {
    }

    /// <summary>The user behind a principal: a request's, or a web page's authentication state (no HttpContext there).</summary>
    public ClaimsCurrentUser(ClaimsPrincipal? principal, AuthOptions auth)
    {
        var identity = principal?.Identities.FirstOrDefault(i => i.IsAuthenticated);
        if (identity is null)
        {
            return;
        }
        var id = identity.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? identity.FindFirst("sub")?.Value;
        // Nobody signs in as the engine itself.
        if (string.IsNullOrWhiteSpace(id) || string.Equals(id, SystemUser.Id, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        UserId = id;
        DisplayName = identity.FindFirst(auth.NameClaim)?.Value ?? identity.Name ?? id;
        Roles = Values(identity, identity.RoleClaimType, auth.RoleClaim);
        Organisations = Values(identity, auth.OrganisationClaim);
        Groups = [.. Values(identity, auth.GroupClaim).Concat(Roles).Concat(Organisations).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public string? UserId { get; }
    public string DisplayName { get; } = "anonym";
    public IReadOnlyList<string> Roles { get; } = [];
    public IReadOnlyList<string> Organisations { get; } = [];
    public IReadOnlyList<string> Groups { get; } = [];
    public bool IsSystem => false;

    private static string[] Values(ClaimsIdentity identity, params string[] types) =>
        identity.Claims.Where(c => types.Contains(c.Type, StringComparer.Ordinal))
            .Select(c => c.Value.Trim())
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
}
