using Microsoft.Extensions.Options;

namespace Samverkan.Host.Notifications.Email;

/// <summary>
/// The safety net behind the e-mail jobs: Hangfire's in-memory storage forgets its jobs at a restart, the outbox
/// does not. Runs at start and then every <see cref="SmtpOptions.SweepInterval"/>.
/// </summary>
internal sealed class EmailOutboxSweep(EmailOutbox outbox, EmailJobs jobs, IOptionsMonitor<SmtpOptions> smtp, ILogger<EmailOutboxSweep> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(smtp.CurrentValue.SweepInterval);
        do
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "The e-mail sweep failed; it runs again in {Interval}", smtp.CurrentValue.SweepInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SweepOnceAsync(CancellationToken ct)
    {
        if (!smtp.CurrentValue.Enabled)
        {
            return;
        }
        var sent = 0;
        foreach (var id in await outbox.FindDueAsync(100, ct))
        {
            if (await jobs.SendOneAsync(id, ct))
            {
                sent++;
            }
        }
        if (sent > 0)
        {
            log.LogInformation("E-mail sweep sent {EmailCount} e-mails that were waiting", sent);
        }
    }
}
