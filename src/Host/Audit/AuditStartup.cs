using Hangfire;
using Microsoft.Extensions.Options;

namespace Samverkan.Host.Audit;

/// <summary>Registers (or updates) the retention cleanup as a recurring job, through the host's own job manager.</summary>
internal sealed class AuditStartup(IRecurringJobManager jobs, IOptions<AuditOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<AuditRetentionJob>(AuditRetentionJob.RecurringJobId, job => job.RunAsync(CancellationToken.None),
            options.Value.CleanupCron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
