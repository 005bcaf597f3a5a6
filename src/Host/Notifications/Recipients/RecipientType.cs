namespace Samverkan.Host.Notifications.Recipients;

public enum RecipientType
{
    User,
    Group,
}
