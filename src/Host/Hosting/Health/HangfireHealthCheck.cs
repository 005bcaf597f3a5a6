using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Samverkan.Host.Hosting.Health;

/// <summary>
/// Hangfire's storage answers and, unless scheduling is off, this node's server is running. Lists every server Hangfire's
/// monitoring knows: on SQLite the in-memory storage has this node's only; on PostgreSQL, every node's.
/// </summary>
internal sealed class HangfireHealthCheck(JobStorage storage, IOptions<SamverkanOptions> options, SamverkanNode node) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var scheduling = options.Value.Scheduling.Enabled;
        try
        {
            var monitoring = storage.GetMonitoringApi();
            var stats = monitoring.GetStatistics();
            // Hangfire names a server "<ServerName>:<process id>:<guid>", in lower case.
            var prefix = HostSetup.HangfireServerName(node) + ":";
            var servers = monitoring.Servers()
                .Select(s => new HangfireServer(s.Name, s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase), s.Heartbeat, s.StartedAt,
                    s.WorkersCount, s.Queues?.ToArray() ?? []))
                .OrderByDescending(s => s.ThisNode).ThenBy(s => s.Name, StringComparer.Ordinal)
                .ToList();
            var data = new Dictionary<string, object>
            {
                ["storage"] = options.Value.Storage.IsPostgreSql() ? StorageSetup.PostgreSql : "InMemory",
                ["scheduling"] = scheduling,
                ["servers"] = stats.Servers,
                ["serverList"] = servers,
                ["scheduled"] = stats.Scheduled,
                ["failed"] = stats.Failed,
            };
            if (scheduling && !servers.Any(s => s.ThisNode))
            {
                return Task.FromResult(HealthCheckResult.Degraded("This node's Hangfire server is not running yet.", data: data));
            }
            return Task.FromResult(HealthCheckResult.Healthy(
                scheduling ? "Hangfire storage answers and this node's server runs." : "Hangfire storage answers; scheduling is off on this node.", data));
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"Hangfire storage does not answer: {ex.Message}", ex));
        }
    }
}
