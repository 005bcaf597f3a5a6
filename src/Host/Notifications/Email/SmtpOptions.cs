using MailKit.Security;

namespace Samverkan.Host.Notifications.Email;

/// <summary>The "Samverkan:Smtp" section; e-mail is sent only when <see cref="Host"/> is set.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Samverkan:Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string From { get; set; } = "samverkan@localhost";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable (MailKit's names).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Attempts per e-mail before it is given up and logged as failed.</summary>
    public int MaxAttempts { get; set; } = 5;
    /// <summary>Wait before the next attempt, times the number of attempts so far.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>How often e-mail that Hangfire lost (a restart) or could not send yet is looked for.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
