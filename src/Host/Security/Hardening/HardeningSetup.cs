namespace Samverkan.Host.Security.Hardening;

/// <summary>Transport and browser protections: HTTPS and HSTS outside Development, security headers, body limits, antiforgery.</summary>
public static class HardeningSetup
{
    public static IServiceCollection AddSamverkanHardening(this IServiceCollection services)
    {
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        // For the UI's forms to come; minimal API endpoints that bind forms check it automatically.
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "samverkan-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    /// <summary>First in the pipeline, so that every answer, errors included, carries the headers and limits.</summary>
    public static WebApplication UseSamverkanHardening(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseSecurityHeaders();
        app.UseRequestLimits();
        return app;
    }
}
