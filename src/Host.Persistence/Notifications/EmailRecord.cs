namespace Samverkan.Host.Persistence.Notifications;

public enum EmailStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>
/// An e-mail waiting to be sent (an outbox row), written with its notification. Subject and body are generic:
/// what the notification says stays in the system.
/// </summary>
public sealed class EmailRecord
{
    private EmailRecord()
    {
    }

    public EmailRecord(Guid id, Guid notificationId, string toAddress, string subject, string body, string? calendar, DateTimeOffset createdAt)
    {
        Id = id;
        NotificationId = notificationId;
        ToAddress = toAddress;
        Subject = subject;
        Body = body;
        Calendar = calendar;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid NotificationId { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    /// <summary>An iCalendar invitation (.ics text) to attach, or null.</summary>
    public string? Calendar { get; private set; }
    public EmailStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    /// <summary>While set and in the future, one sender has claimed it; the others leave it alone.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    public void Sent(DateTimeOffset at)
    {
        Status = EmailStatus.Sent;
        SentAt = at;
        LockedUntil = null;
    }

    /// <summary>Records a failed attempt; returns when to try again, or null when it has given up.</summary>
    public DateTimeOffset? AttemptFailed(string error, DateTimeOffset now, int maxAttempts, TimeSpan retryDelay)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        LockedUntil = null;
        if (Attempts >= maxAttempts)
        {
            Status = EmailStatus.Failed;
            return null;
        }
        NextAttemptAt = now + retryDelay * Attempts;
        return NextAttemptAt;
    }
}
