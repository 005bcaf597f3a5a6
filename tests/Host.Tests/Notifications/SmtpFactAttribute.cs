namespace Samverkan.Host.Tests.Notifications;

/// <summary>A test that needs a real SMTP server: skipped, saying why, only where python3-aiosmtpd is missing.</summary>
public sealed class SmtpFactAttribute : FactAttribute
{
    public SmtpFactAttribute()
    {
        if (SmtpSink.FindPython() is null)
        {
            Skip = "python3-aiosmtpd is not installed (apt-get install -y python3-aiosmtpd; .ci/run does it), so there is no SMTP server to send to.";
        }
    }
}
