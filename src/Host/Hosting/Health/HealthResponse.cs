using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Samverkan.Host.Hosting.Health;

/// <summary>Writes the health report as one small JSON document: the node, the overall status and one entry per check.</summary>
internal static class HealthResponse
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            node = http.RequestServices.GetRequiredService<SamverkanNode>().Name,
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new
                {
                    status = e.Value.Status.ToString(),
                    description = e.Value.Description,
                    durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                    data = e.Value.Data,
                }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
