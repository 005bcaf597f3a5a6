using Hangfire;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace Samverkan.Host.Notifications.Email;

/// <summary>
/// The Hangfire job that sends one e-mail. It carries only the id; the outbox is the truth, so a job that runs
/// twice, late, or for a sent e-mail does nothing. Retries are the outbox's, each a new delayed job.
/// </summary>
internal sealed class EmailJobs(EmailOutbox outbox, EmailDispatch dispatch, IOptionsMonitor<SmtpOptions> smtp, TimeProvider clock, ILogger<EmailJobs> log)
{
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Send e-mail {0}")]
    public async Task SendAsync(Guid emailId, CancellationToken ct)
    {
        if (await SendOneAsync(emailId, ct))
        {
            return;
        }
        // Woken before its retry is due: wait again rather than leave it to the sweep.
        if (await outbox.PendingUntilAsync(emailId, ct) is { } due && due > clock.GetUtcNow())
        {
            dispatch.Enqueue(emailId, due);
        }
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
                log.LogWarning("Sending e-mail {EmailId} failed ({Error}); trying again at {RetryAt}", emailId, Describe(e), at);
                dispatch.Enqueue(emailId, at);
            }
            else
            {
                log.LogError("Sending e-mail {EmailId} failed ({Error}) {Attempts} times; it is given up", emailId, Describe(e), settings.MaxAttempts);
            }
            return false;
        }
        await outbox.MarkSentAsync(emailId, CancellationToken.None);
        log.LogInformation("Sent e-mail {EmailId}", emailId);
        return true;
    }

    // A mail server's answer may quote the recipient's address, which names them: the log gets the code only.
    private static string Describe(Exception e) => e switch
    {
        SmtpCommandException smtp => $"SMTP {(int)smtp.StatusCode} {smtp.ErrorCode}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
