using System.Net.Http.Headers;
using Samverkan.Host.Security;
using Samverkan.Host.Security.Accounts;

namespace Samverkan.Host.Tests.Infrastructure;

/// <summary>Who a test client acts as, through <see cref="TestAuthHandler"/>'s headers.</summary>
internal static class TestUsers
{
    /// <summary>
    /// The default client's user: designer, manager, staff and admin at once, so the engine tests can deploy, start
    /// and work a process with one client. Tests about who may do what use <see cref="SignInAs(HttpRequestHeaders, DemoUser)"/>.
    /// </summary>
    public static readonly (string Id, string Organisations, string Roles) Engineer =
        ("api-tester", "kommun-a", string.Join(',', Roles.Processdesigner, Roles.Chef, Roles.Handlaggare, Roles.Admin));

    public static void SignInAs(this HttpRequestHeaders headers, string? user, string organisations = "", string roles = "")
    {
        headers.Remove(TestAuthHandler.UserHeader);
        headers.Remove(TestAuthHandler.OrganisationsHeader);
        headers.Remove(TestAuthHandler.RolesHeader);
        if (user is null)
        {
            return;
        }
        headers.Add(TestAuthHandler.UserHeader, user);
        headers.Add(TestAuthHandler.OrganisationsHeader, organisations);
        headers.Add(TestAuthHandler.RolesHeader, roles);
    }

    /// <summary>No test sign-in: the request is anonymous unless it carries a real bearer token or cookie.</summary>
    public static void SignOut(this HttpRequestHeaders headers) => headers.SignInAs((string?)null);

    public static void SignInAs(this HttpRequestHeaders headers, DemoUser user) =>
        headers.SignInAs(user.Email, user.Organisation, user.Role);
}
