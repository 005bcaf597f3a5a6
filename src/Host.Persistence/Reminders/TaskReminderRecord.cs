using Samverkan.Host.Persistence.Notifications;

namespace Samverkan.Host.Persistence.Reminders;

/// <summary>
/// That a task's reminder (<see cref="NotificationKind.Reminder"/>) or overdue notice (<see cref="NotificationKind.Overdue"/>)
/// went out: one row per task and kind, so each goes out once however often the reminder job runs.
/// </summary>
public sealed class TaskReminderRecord
{
    private TaskReminderRecord()
    {
    }

    public TaskReminderRecord(Guid taskId, NotificationKind kind, DateTimeOffset dueAt, int recipientCount, DateTimeOffset sentAt)
    {
        TaskId = taskId;
        Kind = kind;
        DueAt = dueAt;
        RecipientCount = recipientCount;
        SentAt = sentAt;
    }

    public Guid TaskId { get; private set; }
    public NotificationKind Kind { get; private set; }
    /// <summary>The task's due time the notice was about.</summary>
    public DateTimeOffset DueAt { get; private set; }
    /// <summary>How many users were told; zero when nobody could be (no assignee, no candidates, empty groups).</summary>
    public int RecipientCount { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
}
