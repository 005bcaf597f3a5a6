using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Samverkan.Host.Tests.Notifications;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Security;

/// <summary>
/// The host in production's sign-in mode (<c>Samverkan:Auth:Mode=Oidc</c>) with no test sign-in. The identity
/// provider is stood in for by its published configuration and signing key, given to the JWT bearer and OpenID
/// Connect handlers as discovery would; the tests mint the provider's tokens with <see cref="Token"/>.
/// </summary>
internal sealed class OidcHost() : TestHost(Production())
{
    public const string Issuer = "https://idp.region.example/realms/samverkan";
    public const string ClientId = "samverkan";
    public const string AuthorizationEndpoint = Issuer + "/protocol/openid-connect/auth";

    private static readonly RsaSecurityKey ProviderKey = NewKey("provider");

    private static TestHostOptions Production()
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = Issuer, AuthorizationEndpoint = AuthorizationEndpoint, TokenEndpoint = Issuer + "/token" };
        configuration.SigningKeys.Add(ProviderKey);
        var published = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        return new TestHostOptions
        {
            TestSignIn = false,
            Workflows = new Dictionary<string, string> { ["sipTask.bpmn"] = TestProcesses.SipTask },
            Settings = new Dictionary<string, string?>
            {
                ["Samverkan:Auth:Mode"] = "Oidc",
                ["Samverkan:Auth:Oidc:Authority"] = Issuer,
                ["Samverkan:Auth:Oidc:ClientId"] = ClientId,
            },
            Services = services =>
            {
                services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.ConfigurationManager = published);
                services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o => o.ConfigurationManager = published);
            },
        };
    }

    /// <summary>A client that does not follow redirects and sends <paramref name="token"/> as its bearer token, if given.</summary>
    public HttpClient Client(string? token = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }
        return client;
    }

    /// <summary>An access token as the provider issues it: signed, for this service, valid for an hour unless said otherwise.</summary>
    public static string Token(string subject, string[] roles, string[] organisations, string[] groups,
        string audience = ClientId, TimeSpan? validFor = null, SecurityKey? signedWith = null)
    {
        var claims = new List<Claim> { new("sub", subject), new("name", subject) };
        claims.AddRange(roles.Select(r => new Claim("roles", r)));
        claims.AddRange(organisations.Select(o => new Claim("organisation", o)));
        claims.AddRange(groups.Select(g => new Claim("group", g)));
        var now = DateTime.UtcNow;
        var expires = now + (validFor ?? TimeSpan.FromHours(1));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = expires < now ? expires.AddMinutes(-5) : now,
            NotBefore = expires < now ? expires.AddMinutes(-5) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(signedWith ?? ProviderKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public static RsaSecurityKey NewKey(string id) => new(RSA.Create(2048)) { KeyId = id };
}
