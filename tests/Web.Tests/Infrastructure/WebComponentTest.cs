using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Samverkan.Host.Components.Shared;
using Samverkan.Host.Security;

namespace Samverkan.Web.Tests.Infrastructure;

/// <summary>
/// bUnit with what every page needs: MudBlazor's services (its JavaScript calls answered loosely), the sign-in
/// options, and <see cref="SignIn"/>, which grants exactly the policies the real table gives the user's roles.
/// </summary>
public abstract class WebComponentTest : BunitContext
{
    protected WebComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(Options.Create(new AuthOptions()));
        Services.AddScoped<WebUser>();
        Auth = AddAuthorization();
    }

    protected BunitAuthorizationContext Auth { get; }

    /// <summary>Signs in a user with these roles in this organisation; the policies follow from the roles.</summary>
    protected void SignIn(string id, string organisation, params string[] roles)
    {
        var options = new AuthOptions();
        Auth.SetAuthorized(id);
        Auth.SetRoles(roles);
        Auth.SetPolicies(AuthorizationSetup.PolicyRoles
            .Where(p => p.Value.Intersect(roles, StringComparer.OrdinalIgnoreCase).Any())
            .Select(p => p.Key)
            .ToArray());
        Auth.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, id),
            new Claim(options.OrganisationClaim, organisation),
            new Claim(options.NameClaim, id));
    }
}
