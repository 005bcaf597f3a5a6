using System.Net.Http.Headers;
using Samverkan.Host.Security;
using Samverkan.Host.Security.Accounts;

namespace Samverkan.Testing;

/// <summary>Who a test client acts as, through <see cref="TestAuthHandler"/>'s headers.</summary>
public static class TestUsers
{
    /// <summary>Signs in as <paramref name="user"/>; organisations, roles and explicit groups are comma-separated.</summary>
    public static void SignInAs(this HttpRequestHeaders headers, string? user, string organisations = "", string roles = "", string groups = "")
    {
        headers.Remove(TestAuthHandler.UserHeader);
        headers.Remove(TestAuthHandler.OrganisationsHeader);
        headers.Remove(TestAuthHandler.RolesHeader);
        headers.Remove(TestAuthHandler.GroupsHeader);
        headers.Remove(TestAuthHandler.DemoHeader);
        if (user is null)
        {
            return;
        }
        headers.Add(TestAuthHandler.UserHeader, user);
        headers.Add(TestAuthHandler.OrganisationsHeader, organisations);
        headers.Add(TestAuthHandler.RolesHeader, roles);
        headers.Add(TestAuthHandler.GroupsHeader, groups);
    }

    /// <summary>Each request signs in as the least privileged demo user its endpoint admits (<see cref="TestAuthHandler.DemoFor"/>).</summary>
    public static void SignInAsDemoUsers(this HttpRequestHeaders headers)
    {
        headers.SignOut();
        headers.Add(TestAuthHandler.DemoHeader, "auto");
    }

    /// <summary>No test sign-in: the request is anonymous unless it carries a real bearer token or cookie.</summary>
    public static void SignOut(this HttpRequestHeaders headers) => headers.SignInAs((string?)null);

    /// <summary>Signs in as the demo user, with <paramref name="extraGroups"/> (e.g. a test's own candidate group) beside theirs.</summary>
    public static void SignInAs(this HttpRequestHeaders headers, DemoUser user, params string[] extraGroups) =>
        headers.SignInAs(user.Email, user.Organisation, user.Role, string.Join(',', user.Groups.Concat(extraGroups)));
}
