using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Samverkan.Host.Hosting.Health;

/// <summary>
/// <c>/health</c>: every registered health check is one entry of the JSON <see cref="HealthResponse"/> writes. Another
/// part of the service adds its own with <c>services.AddHealthChecks().AddCheck&lt;T&gt;("name")</c> and shows there too.
/// </summary>
internal static class HealthSetup
{
    /// <summary>Long enough for a database that answers slowly, short enough that a monitor gets its 503 in time.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddSamverkanHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", timeout: Timeout)
            .AddCheck<HangfireHealthCheck>("hangfire", timeout: Timeout)
            .AddCheck<TimersHealthCheck>("timers", timeout: Timeout);
        return services;
    }

    /// <summary>Load balancers and monitors ask without signing in; the answer names no person and no secret.</summary>
    public static WebApplication MapSamverkanHealth(this WebApplication app)
    {
        // Healthy and Degraded answer 200, Unhealthy 503 (the default status codes).
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        return app;
    }
}
