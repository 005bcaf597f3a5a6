using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Samverkan.Host.Api.Users;
using Samverkan.Host.Security.Accounts;

namespace Samverkan.Host.Security;

/// <summary>Sign-in: local accounts on the embedded default, or OpenID Connect plus JWT bearer from configuration.</summary>
public static class AuthenticationSetup
{
    public const string SignInRateLimit = "sign-in";
    public const string AccountPath = "/api/account";

    public static WebApplicationBuilder AddSamverkanAuthentication(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AuthOptions.Section);
        builder.Services.AddOptions<AuthOptions>().Bind(section);
        var options = section.Get<AuthOptions>() ?? new AuthOptions();
        if (options.IsOidc)
        {
            AddOidc(builder.Services, options);
        }
        else if (options.IsLocal)
        {
            builder.Services.AddSamverkanAccounts();
        }
        else
        {
            throw new InvalidOperationException($"{AuthOptions.Section}:Mode '{options.Mode}' is not supported; use 'Local' or 'Oidc'.");
        }
        builder.Services.AddSamverkanAuthorization();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client address: a password guesser gets a few tries a minute, whoever else signs in is not held up.
            o.AddPolicy(SignInRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInPermitsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return builder;
    }

    /// <summary>Who is signed in, whether the endpoint's policy lets them in, and the sign-in rate limit, in that order.</summary>
    public static WebApplication UseSamverkanSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>The identity endpoints under /api/account (local accounts only); self-registration is switched off.</summary>
    public static WebApplication MapSamverkanAccounts(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.IsLocal)
        {
            return app;
        }
        app.MapGroup("/api").MapUsersApi();
        var group = app.MapGroup(AccountPath).WithTags("Account").RequireRateLimiting(SignInRateLimit);
        group.MapIdentityApi<IdentityUser>();
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            // Accounts are made by an administrator; anyone could otherwise give themselves one.
            if (endpoint is RouteEndpointBuilder route && route.RoutePattern.RawText?.EndsWith("/register", StringComparison.Ordinal) == true)
            {
                route.RequestDelegate = http =>
                {
                    http.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                };
            }
            // Sign-in itself is open; Identity's /manage endpoints bring their own RequireAuthorization.
            if (!endpoint.Metadata.OfType<IAuthorizeData>().Any())
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
        });
        return app;
    }

    private static void AddOidc(IServiceCollection services, AuthOptions options)
    {
        var oidc = options.Oidc;
        if (string.IsNullOrWhiteSpace(oidc.Authority) || string.IsNullOrWhiteSpace(oidc.ClientId))
        {
            throw new InvalidOperationException($"{AuthOptions.Section}:Oidc:Authority and ClientId are required when Mode is Oidc.");
        }
        const string select = "Samverkan";
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = select;
                o.DefaultChallengeScheme = select;
            })
            // API clients send a bearer token; a browser has the cookie and is sent to the provider to sign in.
            .AddPolicyScheme(select, select, o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                || http.Request.Path.StartsWithSegments("/api")
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                o.Authority = oidc.Authority;
                o.Audience = string.IsNullOrWhiteSpace(oidc.Audience) ? oidc.ClientId : oidc.Audience;
                o.MapInboundClaims = false;
                o.TokenValidationParameters.RoleClaimType = options.RoleClaim;
                o.TokenValidationParameters.NameClaimType = options.NameClaim;
                o.Events = new JwtBearerEvents
                {
                    OnMessageReceived = context =>
                    {
                        context.Token ??= HubToken.From(context.Request);
                        return Task.CompletedTask;
                    },
                };
            })
            .AddCookie(o =>
            {
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ForwardChallenge = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddOpenIdConnect(o =>
            {
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = string.IsNullOrWhiteSpace(oidc.ClientSecret) ? null : oidc.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.TokenValidationParameters.RoleClaimType = options.RoleClaim;
                o.TokenValidationParameters.NameClaimType = options.NameClaim;
                o.ClaimActions.MapJsonKey(options.RoleClaim, options.RoleClaim);
                o.ClaimActions.MapJsonKey(options.OrganisationClaim, options.OrganisationClaim);
                o.ClaimActions.MapJsonKey(options.GroupClaim, options.GroupClaim);
            });
    }
}
