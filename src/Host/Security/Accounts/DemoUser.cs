namespace Samverkan.Host.Security.Accounts;

/// <summary>One demo account: e-mail (also the user name), display name, its role and its organisation.</summary>
public sealed record DemoUser(string Email, string DisplayName, string Role, string Organisation);
