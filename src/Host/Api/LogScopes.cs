using Serilog;

namespace Samverkan.Host.Api;

/// <summary>Puts the id a route names (such as InstanceId) on every log event of the request, including the request log line.</summary>
internal static class LogScopes
{
    public static RouteGroupBuilder WithLogScope(this RouteGroupBuilder group, string routeValue, string property) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.Request.RouteValues.TryGetValue(routeValue, out var raw) && raw?.ToString() is { } value)
            {
                http.RequestServices.GetService<IDiagnosticContext>()?.Set(property, value);
                var logger = http.RequestServices.GetRequiredService<ILogger<ApiLog>>();
                using (logger.BeginScope(new Dictionary<string, object> { [property] = value }))
                {
                    return await next(context);
                }
            }
            return await next(context);
        });
}
