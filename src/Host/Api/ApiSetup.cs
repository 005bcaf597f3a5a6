using Scalar.AspNetCore;

namespace Samverkan.Host.Api;

/// <summary>The REST API: JSON endpoints under /api, ProblemDetails errors, the OpenAPI document and its reference page.</summary>
public static class ApiSetup
{
    public static IServiceCollection AddSamverkanApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi();
        return services;
    }

    public static WebApplication MapSamverkanApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference("/api/docs");
        return app;
    }
}
