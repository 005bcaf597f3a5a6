namespace Samverkan.Host.Notifications.Api;

/// <summary>How many notifications <c>read-all</c> marked read.</summary>
public sealed record ReadAllResponse(int Marked);
