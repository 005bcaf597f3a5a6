using Hangfire;
using Microsoft.Extensions.Options;
using Samverkan.Host.Jobs;

namespace Samverkan.Host.Notifications.Email;

/// <summary>
/// Gives an outbox e-mail a Hangfire job that carries only its id. With scheduling off (tests that drive time
/// themselves) or no SMTP server configured, e-mail waits in the outbox.
/// </summary>
internal sealed class EmailDispatch(IBackgroundJobClient jobs, IOptionsMonitor<SmtpOptions> smtp, bool schedulingEnabled)
{
    public void Enqueue(Guid emailId, DateTimeOffset? notBefore)
    {
        if (!schedulingEnabled || !smtp.CurrentValue.Enabled)
        {
            return;
        }
        if (notBefore is { } at)
        {
            jobs.Schedule<EmailJobs>(j => j.SendAsync(emailId, CancellationToken.None), HangfireTime.NotBefore(at));
        }
        else
        {
            jobs.Enqueue<EmailJobs>(j => j.SendAsync(emailId, CancellationToken.None));
        }
    }
}
