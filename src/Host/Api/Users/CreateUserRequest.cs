namespace Samverkan.Host.Api.Users;

/// <summary>A new local account: the e-mail is also the user id; at least one role and one organisation; explicit task groups optional.</summary>
internal sealed record CreateUserRequest(
    string Email, string DisplayName, string Password, IReadOnlyList<string> Roles, IReadOnlyList<string> Organisations,
    IReadOnlyList<string>? Groups = null);
