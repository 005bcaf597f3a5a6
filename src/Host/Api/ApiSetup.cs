using System.Text.Json.Serialization;
using Samverkan.Host.Api.Audit;
using Samverkan.Host.Api.Cases;
using Samverkan.Host.Api.Definitions;
using Samverkan.Host.Api.ExternalTasks;
using Samverkan.Host.Api.Incidents;
using Samverkan.Host.Api.Instances;
using Samverkan.Host.Api.Migrations;
using Samverkan.Host.Api.Messages;
using Samverkan.Host.Api.Organisations;
using Samverkan.Host.Api.Parameters;
using Samverkan.Host.Api.RuleSets;
using Samverkan.Host.Api.Reports;
using Samverkan.Host.Api.Signals;
using Samverkan.Host.Api.UserTasks;
using Samverkan.Host.Security;
using Scalar.AspNetCore;

namespace Samverkan.Host.Api;

/// <summary>The REST API: JSON endpoints under /api, ProblemDetails errors, the OpenAPI document and its reference page.</summary>
public static class ApiSetup
{
    public static IServiceCollection AddSamverkanApi(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblems.Customize);
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Binding failures (malformed JSON, a query value of the wrong type) become exceptions the handler turns into 400s.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // A number is a number: "version": "2" is a 400, as the OpenAPI document says.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            // The records' nullability is the contract: a missing or null required field is a 400, not a null deep inside.
            o.SerializerOptions.RespectNullableAnnotations = true;
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
        });
        services.AddOpenApi();
        services.AddSingleton<ApiLog>();
        return services;
    }

    public static WebApplication MapSamverkanApi(this WebApplication app)
    {
        // Only /api answers errors as ProblemDetails; the dashboard and the UI keep their own pages.
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        // After the error pages, so that a 401, 403 or 429 is a problem document too.
        app.UseSamverkanSecurity();
        // The API's description is public; every operation in it still needs its policy.
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs").AllowAnonymous();

        var api = app.MapGroup("/api");
        api.MapCasesApi();
        api.MapConsentsApi();
        api.MapPlansApi();
        api.MapAuditApi();
        api.MapDefinitionsApi();
        api.MapInstancesApi();
        api.MapMigrationsApi();
        api.MapTasksApi();
        api.MapMessagesApi();
        api.MapSignalsApi();
        api.MapExternalTasksApi();
        api.MapIncidentsApi();
        api.MapRuleSetsApi();
        api.MapParametersApi();
        api.MapReportsApi();
        api.MapOrganisationsApi();
        return app;
    }
}
