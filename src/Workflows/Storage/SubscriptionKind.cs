namespace Samverkan.Workflows.Storage;

internal enum SubscriptionKind
{
    Message,
    Signal,
}
