namespace Samverkan.Host.Components.Inbox;

public enum InboxSort
{
    DueDate,
    Created,
    Process,
    Name,
}
