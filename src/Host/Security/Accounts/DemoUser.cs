namespace Samverkan.Host.Security.Accounts;

/// <summary>One demo account: e-mail (also the user name), display name, its role, its organisation and its explicit task groups.</summary>
public sealed record DemoUser(string Email, string DisplayName, string Role, string Organisation, IReadOnlyList<string> Groups);
