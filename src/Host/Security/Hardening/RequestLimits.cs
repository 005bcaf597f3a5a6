using Microsoft.AspNetCore.Http.Features;
using Samverkan.Host.Api;

namespace Samverkan.Host.Security.Hardening;

/// <summary>
/// Caps request bodies before anything reads them: BPMN deployments may be as large as the engine accepts a file
/// (10 million characters), everything else is JSON whose variables are capped at 1 MiB together.
/// </summary>
internal static class RequestLimits
{
    public const long MaxBpmnBytes = 40L * 1024 * 1024;
    public const long MaxBodyBytes = 2L * 1024 * 1024;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var limit = IsDeployment(http.Request) ? MaxBpmnBytes : MaxBodyBytes;
            if (http.Request.ContentLength > limit)
            {
                http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = ApiProblems.Create(StatusCodes.Status413PayloadTooLarge,
                        $"The request body may be at most {limit / (1024 * 1024)} MiB; nothing was read."),
                });
                return;
            }
            // Kestrel enforces the same cap while reading a body that did not say its length.
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }
            await next(http);
        });

    private static bool IsDeployment(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/api/definitions", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/api/definitions/", StringComparison.OrdinalIgnoreCase));
}
