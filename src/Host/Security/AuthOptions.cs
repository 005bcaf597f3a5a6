namespace Samverkan.Host.Security;

/// <summary>The "Samverkan:Auth" section: local accounts (the embedded default) or an OpenID Connect provider.</summary>
public sealed class AuthOptions
{
    public const string Section = "Samverkan:Auth";

    /// <summary>"Local" (ASP.NET Core Identity on the service's database) or "Oidc" (the organisation's identity provider).</summary>
    public string Mode { get; set; } = "Local";

    public bool IsLocal => string.Equals(Mode, "Local", StringComparison.OrdinalIgnoreCase);

    public bool IsOidc => string.Equals(Mode, "Oidc", StringComparison.OrdinalIgnoreCase);

    /// <summary>The claim that carries organisation ids, one per claim.</summary>
    public string OrganisationClaim { get; set; } = SamverkanClaims.Organisation;

    /// <summary>The claim that carries explicit group ids (candidate groups such as sip-samordnare), one per claim.</summary>
    public string GroupClaim { get; set; } = SamverkanClaims.Group;

    /// <summary>The claim that carries role ids (Oidc; local accounts use ASP.NET Core Identity's role claim).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim that carries a display name (Oidc).</summary>
    public string NameClaim { get; set; } = SamverkanClaims.Name;

    /// <summary>The OpenID Connect provider (Mode Oidc).</summary>
    public OidcOptions Oidc { get; set; } = new();

    /// <summary>Seed the demo users (DemoUsers) at start-up; unset: in Development only. Never in a real deployment.</summary>
    public bool? SeedDemoUsers { get; set; }

    /// <summary>Sign-in attempts per client address per minute before 429.</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;
}

/// <summary>The identity provider: the issuer, this service's client, and the audience its API tokens carry.</summary>
public sealed class OidcOptions
{
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";

    /// <summary>The audience of bearer tokens for API clients; empty: the client id.</summary>
    public string Audience { get; set; } = "";
}
