namespace Samverkan.Host.Notifications.Recipients;

/// <summary>A user as the directory knows them: display name and, if any, an e-mail address.</summary>
public sealed record DirectoryPerson(string Id, string Name, string? Email);
