namespace Samverkan.Host.Api.Users;

/// <summary>An account's name, roles and organisations as they should be from now; <c>locked</c> blocks or lets in sign-in.</summary>
internal sealed record ChangeUserRequest(
    string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Organisations, bool Locked);
