namespace Samverkan.Host.Api.Users;

/// <summary>A local account as an administrator sees it: no password, no security stamp; groups are the explicit ones (roles and organisations count as groups too).</summary>
internal sealed record UserResponse(
    string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Organisations, IReadOnlyList<string> Groups, bool LockedOut);
