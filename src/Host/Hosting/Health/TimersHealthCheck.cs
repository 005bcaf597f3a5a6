using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Samverkan.Host.Jobs;

namespace Samverkan.Host.Hosting.Health;

/// <summary>
/// How this node fires timers. On SQLite, Hangfire's delayed jobs (the "hangfire" entry). On PostgreSQL, the node's
/// <see cref="TimerPoller"/>: how many timers it has fired since it started and when it last looked; Degraded when it has
/// not looked for ten polling intervals (at least half a minute), or its last look failed.
/// </summary>
internal sealed class TimersHealthCheck(IOptions<SamverkanOptions> options, TimeProvider clock, TimerPollerStatus? poller = null) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var scheduling = options.Value.Scheduling;
        if (poller is not { } status)
        {
            return Task.FromResult(HealthCheckResult.Healthy(
                scheduling.Enabled ? "Timers are Hangfire's delayed jobs on this node." : "Scheduling is off on this node.",
                new Dictionary<string, object> { ["firing"] = scheduling.Enabled ? "hangfire" : "off" }));
        }
        var data = new Dictionary<string, object>
        {
            ["firing"] = "polled",
            ["pollingInterval"] = scheduling.PollingInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            ["firedByThisNode"] = status.Fired,
        };
        if (status.LastPass is { } last)
        {
            data["lastPass"] = last;
        }
        if (status.LastError is { } error)
        {
            data["lastError"] = error;
            return Task.FromResult(HealthCheckResult.Degraded("This node's last look for due timers failed.", data: data));
        }
        var stale = TimeSpan.FromTicks(Math.Max(scheduling.PollingInterval.Ticks * 10, TimeSpan.FromSeconds(30).Ticks));
        if (clock.GetUtcNow() - (status.LastPass ?? status.Since) > stale)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"This node has not looked for due timers for more than {stale.TotalSeconds:0} s.", data: data));
        }
        return Task.FromResult(HealthCheckResult.Healthy("This node takes due timers from the database and fires them.", data));
    }
}
