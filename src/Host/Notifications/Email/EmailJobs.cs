using Hangfire;
using Microsoft.Extensions.Options;

namespace Samverkan.Host.Notifications.Email;

/// <summary>
/// The Hangfire job that sends one e-mail. It carries only the id; the outbox is the truth, so a job that runs
/// twice, late, or for a sent e-mail does nothing. Retries are the outbox's, each a new delayed job.
/// </summary>
internal sealed class EmailJobs(EmailOutbox outbox, EmailDispatch dispatch, IOptionsMonitor<SmtpOptions> smtp, ILogger<EmailJobs> log)
{
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Send e-mail {0}")]
    public async Task SendAsync(Guid emailId, CancellationToken ct)
    {
        await SendOneAsync(emailId, ct);
    }

    /// <summary>Sends it if it is still waiting; returns whether it was sent now.</summary>
    public async Task<bool> SendOneAsync(Guid emailId, CancellationToken ct)
    {
        var settings = smtp.CurrentValue;
        if (!settings.Enabled || await outbox.ClaimAsync(emailId, ct) is not { } email)
        {
            return false;
        }
        try
        {
            await SmtpEmailSender.SendAsync(email, settings, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var retryAt = await outbox.MarkFailedAsync(emailId, e.Message, settings, CancellationToken.None);
            if (retryAt is { } at)
            {
                log.LogWarning(e, "Sending e-mail {EmailId} failed; trying again at {RetryAt}", emailId, at);
                dispatch.Enqueue(emailId, at);
            }
            else
            {
                log.LogError(e, "Sending e-mail {EmailId} failed {Attempts} times; it is given up", emailId, settings.MaxAttempts);
            }
            return false;
        }
        await outbox.MarkSentAsync(emailId, CancellationToken.None);
        log.LogInformation("Sent e-mail {EmailId}", emailId);
        return true;
    }
}
