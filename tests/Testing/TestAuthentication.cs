using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Samverkan.Testing;

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

    /// <summary>A test client starts signed in, per request, as the demo user the endpoint admits.</summary>
    public static void SignInAsDemoUsers(this HttpClient client) => client.DefaultRequestHeaders.SignInAsDemoUsers();
}
