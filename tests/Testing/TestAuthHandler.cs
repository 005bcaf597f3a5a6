using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Samverkan.Host.Security;
using Samverkan.Host.Security.Accounts;

namespace Samverkan.Testing;

/// <summary>
/// Test-only sign-in: a request with <c>X-Samverkan-Demo</c> is the demo user the endpoint admits; one that carries <c>X-Samverkan-User</c> (plus <c>-Organisations</c>, <c>-Roles</c> and <c>-Groups</c>,
/// comma-separated) is that user; one without is handed to the real local-account schemes, so a bearer token from
/// /api/account/login works too, and nothing at all is anonymous. Where a header comes twice (a client's default
/// and the request's own), the request's own, the last, wins.
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    /// <summary>Identity's own scheme that reads a bearer token or the cookie (IdentityConstants keeps its name internal).</summary>
    private const string IdentityBearerAndApplication = "Identity.BearerAndApplication";
    public const string UserHeader = "X-Samverkan-User";
    public const string OrganisationsHeader = "X-Samverkan-Organisations";
    public const string RolesHeader = "X-Samverkan-Roles";
    public const string GroupsHeader = "X-Samverkan-Groups";

    /// <summary>Sign in as the demo user (<see cref="DemoUsers"/>) that the endpoint's policies admit, least privileged first.</summary>
    public const string DemoHeader = "X-Samverkan-Demo";

    public static void Configure(AuthenticationSchemeOptions o) =>
        o.ForwardDefaultSelector = http =>
            http.Request.Headers.ContainsKey(UserHeader) || http.Request.Headers.ContainsKey(DemoHeader) ? null : IdentityBearerAndApplication;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var user = Last(UserHeader);
        if (string.IsNullOrEmpty(user))
        {
            return Task.FromResult(Request.Headers.ContainsKey(DemoHeader) && DemoFor(Context.GetEndpoint()) is { } demo
                ? Success(demo.Email, [demo.Organisation], [demo.Role], demo.Groups)
                : AuthenticateResult.NoResult());
        }
        return Task.FromResult(Success(user, List(OrganisationsHeader), List(RolesHeader), List(GroupsHeader)));
    }

    /// <summary>
    /// The first demo user whose role every policy on the endpoint admits; none for an open endpoint. Roles are
    /// tried in the order the policy lists them, which puts the narrowest role first.
    /// </summary>
    internal static DemoUser? DemoFor(Endpoint? endpoint)
    {
        var policies = endpoint?.Metadata.GetOrderedMetadata<IAuthorizeData>() ?? [];
        if (policies.Count == 0)
        {
            return null;
        }
        var candidates = policies
            .Select(p => p.Policy is { } name ? AuthorizationSetup.PolicyRoles[name] : Roles.All.ToArray())
            .Aggregate((all, next) => [.. next.Where(all.Contains)]);
        return candidates.Select(role => DemoUsers.All.First(d => d.Role == role)).FirstOrDefault();
    }

    private AuthenticateResult Success(string user, IEnumerable<string> organisations, IEnumerable<string> roles, IEnumerable<string> groups)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user), new(ClaimTypes.Name, user) };
        claims.AddRange(organisations.Select(o => new Claim(SamverkanClaims.Organisation, o)));
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(groups.Select(g => new Claim(SamverkanClaims.Group, g)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private string Last(string header) => Request.Headers[header].LastOrDefault()?.Trim() ?? "";

    private string[] List(string header) =>
        Last(header).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
