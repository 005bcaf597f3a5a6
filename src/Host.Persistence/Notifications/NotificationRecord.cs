namespace Samverkan.Host.Persistence.Notifications;

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
    /// <summary>Title and body come from the process's variables: a reader who may not see its case's data gets <see cref="Withheld"/>.</summary>
    public bool FromProcess { get; init; }
    /// <summary>Whoever creates it twice with the same key (a job that runs again) gets nothing the second time.</summary>
    public string? DedupeKey { get; init; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>A copy (not for saving) with other words: what a reader who may not see the process's data is shown.</summary>
    public NotificationRecord WithText(string title, string body) =>
        new(Id, UserId, Kind, title, body, CreatedAt)
        {
            TaskId = TaskId,
            InstanceId = InstanceId,
            FromProcess = FromProcess,
            DedupeKey = DedupeKey,
            ReadAt = ReadAt,
        };

    /// <summary>Marks it read; reading it again keeps the first time.</summary>
    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
