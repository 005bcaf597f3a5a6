namespace Samverkan.Host.Components.Inbox;

/// <summary>Which tasks by due date.</summary>
public enum InboxDue
{
    All,
    Overdue,
    /// <summary>Due within seven days and not yet overdue.</summary>
    Soon,
    NoDueDate,
}
