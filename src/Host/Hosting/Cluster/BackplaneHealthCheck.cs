using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Samverkan.Host.Hosting.Cluster;

/// <summary>The SignalR backplane: Redis answers a ping, or there is none because this node is the only one.</summary>
internal sealed class BackplaneHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (services.GetService<RedisBackplane>() is not { } backplane)
        {
            return HealthCheckResult.Healthy("None: live notifications reach the browsers connected to this node.",
                new Dictionary<string, object> { ["kind"] = "none" });
        }
        var data = new Dictionary<string, object> { ["kind"] = "redis", ["endpoints"] = backplane.Endpoints };
        try
        {
            var connection = await backplane.ConnectionAsync;
            var latency = await connection.GetDatabase().PingAsync();
            data["latencyMs"] = Math.Round(latency.TotalMilliseconds, 1);
            return connection.IsConnected
                ? HealthCheckResult.Healthy("Redis answers.", data)
                : HealthCheckResult.Unhealthy("Redis is not connected.", data: data);
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", e, data);
        }
    }
}
