using Microsoft.AspNetCore.Authorization;

namespace Samverkan.Host.Security;

/// <summary>The policies of <see cref="Policies"/> and a fallback that refuses every endpoint that names none.</summary>
public static class AuthorizationSetup
{
    /// <summary>Which roles each policy admits; the authorization matrix test holds the same table from the other side.</summary>
    public static IReadOnlyDictionary<string, string[]> PolicyRoles { get; } = new Dictionary<string, string[]>
    {
        [Policies.Design] = [Roles.Processdesigner],
        // Staff first: the tests' demo sign-in picks the first role, and only staff see process data unmasked.
        [Policies.ReadProcesses] = [Roles.Handlaggare, Roles.Narvardskontoret, Roles.Chef, Roles.Processdesigner, Roles.Admin],
        [Policies.Manage] = [Roles.Chef],
        [Policies.ReadParameters] = [Roles.Chef, Roles.Processdesigner],
        [Policies.Work] = [.. Roles.Staff],
        [Policies.Operate] = [Roles.Admin, Roles.Processdesigner],
        [Policies.ExternalTasks] = [Roles.Worker],
        [Policies.Audit] = [Roles.Granskare],
        [Policies.Admin] = [Roles.Admin],
        // A worker is a system, not a person: it has no notifications or pages (Identity's /manage is for every account).
        [Policies.SignedIn] = [.. Roles.All.Except([Roles.Worker])],
    };

    public static IServiceCollection AddSamverkanAuthorization(this IServiceCollection services)
    {
        var builder = services.AddAuthorizationBuilder()
            // Deny by default: a mapped endpoint that forgot its policy answers 401/403, never data. Routing's own
            // answers (no endpoint: 404; its 405 and 415 endpoints, which are not route endpoints) pass untouched.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAssertion(context => context.Resource is HttpContext http && http.GetEndpoint() is not RouteEndpoint)
                .Build());
        foreach (var (name, roles) in PolicyRoles)
        {
            builder.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
        return services;
    }
}
