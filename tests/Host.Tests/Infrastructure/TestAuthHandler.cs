using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Samverkan.Host.Security;

namespace Samverkan.Host.Tests.Infrastructure;

/// <summary>
/// Test-only sign-in: a request that carries <c>X-Samverkan-User</c> (plus <c>-Organisations</c> and <c>-Roles</c>,
/// comma-separated) is that user; one without is handed to the real local-account schemes, so a bearer token from
/// /api/account/login works too, and nothing at all is anonymous. Where a header comes twice (a client's default
/// and the request's own), the request's own, the last, wins.
/// </summary>
internal sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    /// <summary>Identity's own scheme that reads a bearer token or the cookie (IdentityConstants keeps its name internal).</summary>
    private const string IdentityBearerAndApplication = "Identity.BearerAndApplication";
    public const string UserHeader = "X-Samverkan-User";
    public const string OrganisationsHeader = "X-Samverkan-Organisations";
    public const string RolesHeader = "X-Samverkan-Roles";

    public static void Configure(AuthenticationSchemeOptions o) =>
        o.ForwardDefaultSelector = http => http.Request.Headers.ContainsKey(UserHeader) ? null : IdentityBearerAndApplication;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var user = Last(UserHeader);
        if (string.IsNullOrEmpty(user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user), new(ClaimTypes.Name, user) };
        claims.AddRange(List(OrganisationsHeader).Select(o => new Claim(SamverkanClaims.Organisation, o)));
        claims.AddRange(List(RolesHeader).Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    private string Last(string header) => Request.Headers[header].LastOrDefault()?.Trim() ?? "";

    private string[] List(string header) =>
        Last(header).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
