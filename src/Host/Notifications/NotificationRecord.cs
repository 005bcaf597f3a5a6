namespace Samverkan.Host.Notifications;

/// <summary>One notification in one user's list; a group notification is one record per member.</summary>
public sealed class NotificationRecord
{
    private NotificationRecord()
    {
    }

    public NotificationRecord(Guid id, string userId, NotificationKind kind, string title, string body, DateTimeOffset createdAt)
    {
        Id = id;
        UserId = userId;
        Kind = kind;
        Title = title;
        Body = body;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public string UserId { get; private set; } = "";
    public NotificationKind Kind { get; private set; }
    /// <summary>Swedish, for the user; stays in the system (never in an e-mail).</summary>
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public Guid? TaskId { get; init; }
    public Guid? InstanceId { get; init; }
    /// <summary>Whoever creates it twice with the same key (a job that runs again) gets nothing the second time.</summary>
    public string? DedupeKey { get; init; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Marks it read; reading it again keeps the first time.</summary>
    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
