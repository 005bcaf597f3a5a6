using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Samverkan.Host.Tests.Infrastructure;

/// <summary>Puts <see cref="TestAuthHandler"/> in front of the real schemes of a test host.</summary>
internal static class TestAuthentication
{
    public static IWebHostBuilder UseTestAuthentication(this IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services
            .AddAuthentication(o =>
            {
                o.DefaultScheme = TestAuthHandler.SchemeName;
                o.DefaultAuthenticateScheme = TestAuthHandler.SchemeName;
                o.DefaultChallengeScheme = TestAuthHandler.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, TestAuthHandler.Configure));

    /// <summary>A test client starts signed in as <see cref="TestUsers.Engineer"/>.</summary>
    public static void SignInAsEngineer(this HttpClient client) =>
        client.DefaultRequestHeaders.SignInAs(TestUsers.Engineer.Id, TestUsers.Engineer.Organisations, TestUsers.Engineer.Roles);
}
