namespace Samverkan.Host.Api.Users;

/// <summary>
/// An account's name, roles, organisations and explicit task groups as they should be from now (groups left out: kept as
/// they are); <c>locked</c> blocks or lets in sign-in.
/// </summary>
internal sealed record ChangeUserRequest(
    string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Organisations, bool Locked, IReadOnlyList<string>? Groups = null);
