using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Samverkan.Host.Components.Manager;
using Samverkan.Host.Components.Shared;
using Samverkan.Host.Security;

namespace Samverkan.Host.Components;

/// <summary>
/// The web application at <c>/</c>: Blazor (interactive server) pages in Swedish, signed in with a cookie, beside the
/// API. Browsers that are not signed in are sent to the sign-in page; API clients keep getting 401 and 403.
/// </summary>
public static class WebSetup
{
    public const string SignInPath = "/logga-in";
    public const string SignOutPath = "/logga-ut";
    public const string ExternalSignInPath = "/logga-in/extern";
    public const string AccessDeniedPath = "/atkomst-nekad";
    private const string BrowserOrApi = "Samverkan.BrowserOrApi";
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static WebApplicationBuilder AddSamverkanWeb(this WebApplicationBuilder builder)
    {
        // Files of packages (MudBlazor's) are served from the build output too, not only in Development;
        // a published service has them in wwwroot and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(o => o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight);
        services.AddCascadingAuthenticationState();
        services.AddScoped<WebUser>();
        services.AddManagerPages();
        Inbox.InboxSetup.AddInboxPages(services);
        Cases.CasePagesSetup.AddCasePages(services);
        services.AddRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Swedish);
            o.SupportedCultures = [Swedish];
            o.SupportedUICultures = [Swedish];
        });

        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (auth.IsLocal)
        {
            // Identity's default scheme answers every challenge with a bearer 401; a browser asking for a page is
            // sent to the sign-in page instead, and gets the access-denied text rather than a bare 403.
            services.AddAuthentication(o =>
                {
                    o.DefaultChallengeScheme = BrowserOrApi;
                    o.DefaultForbidScheme = BrowserOrApi;
                })
                .AddPolicyScheme(BrowserOrApi, BrowserOrApi, o => o.ForwardDefaultSelector = http =>
                    IsApiRequest(http.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme);
            services.ConfigureApplicationCookie(o =>
            {
                o.LoginPath = SignInPath;
                o.AccessDeniedPath = AccessDeniedPath;
                o.Cookie.Name = "samverkan-session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
            });
        }
        return builder;
    }

    /// <summary>The pages, their static files, sign-out and (with an identity provider) the external sign-in.</summary>
    public static WebApplication MapSamverkanWeb(this WebApplication app)
    {
        app.UseWhen(http => !IsApiRequest(http.Request), web => web.UseRequestLocalization());
        // The files of the pages (styles, scripts, the bpmn-js bundle) are the same for everyone; Finally reaches
        // the development fallback endpoint too, which AllowAnonymous() does not.
        ((IEndpointConventionBuilder)app.MapStaticAssets()).Finally(endpoint =>
            endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute()));
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .Add(endpoint =>
            {
                // Every page names its own policy (the sign-in page none). The circuit's endpoints (/_blazor and its
                // negotiate and disconnect) are for signed-in users: anonymous visitors only ever see static pages.
                if (endpoint.Metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any()
                    || endpoint.Metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any())
                {
                    return;
                }
                endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute(Policies.SignedIn));
            });

        app.MapReportDownloads();
        Cases.CaseDownloads.MapCaseDownloads(app);
        var local = app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.IsLocal;
        app.MapPost(SignOutPath, async (HttpContext http, [FromForm] string? returnUrl) =>
            {
                await http.SignOutAsync(local ? IdentityConstants.ApplicationScheme : CookieAuthenticationDefaults.AuthenticationScheme);
                return Results.LocalRedirect(SignInPath);
            })
            .ExcludeFromDescription()
            .RequireAuthorization(Policies.SignedIn);
        if (!local)
        {
            app.MapGet(ExternalSignInPath, (string? returnUrl) => Results.Challenge(
                    new AuthenticationProperties { RedirectUri = Account.Login.LocalReturnUrl(returnUrl) },
                    [OpenIdConnectDefaults.AuthenticationScheme]))
                .ExcludeFromDescription()
                .AllowAnonymous();
        }
        return app;
    }

    private static bool IsApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        || request.Path.StartsWithSegments("/hubs")
        || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
