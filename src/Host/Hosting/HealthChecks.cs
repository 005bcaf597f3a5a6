using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Samverkan.Workflows.Persistence;

namespace Samverkan.Host.Hosting;

/// <summary>The database answers a query.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<WorkflowDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await db.Database.CanConnectAsync(ct)
                ? HealthCheckResult.Healthy("The database answers.")
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}

/// <summary>Hangfire's storage answers and, unless scheduling is off, a server is running.</summary>
public sealed class HangfireHealthCheck(JobStorage storage, Microsoft.Extensions.Options.IOptions<SamverkanOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var stats = storage.GetMonitoringApi().GetStatistics();
            var data = new Dictionary<string, object> { ["servers"] = stats.Servers, ["scheduled"] = stats.Scheduled, ["failed"] = stats.Failed };
            if (options.Value.Scheduling.Enabled && stats.Servers == 0)
            {
                return Task.FromResult(HealthCheckResult.Degraded("No Hangfire server is running yet.", data: data));
            }
            return Task.FromResult(HealthCheckResult.Healthy("Hangfire storage answers.", data));
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage does not answer.", ex));
        }
    }
}

/// <summary>Writes the health report as a small JSON document.</summary>
internal static class HealthResponse
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
