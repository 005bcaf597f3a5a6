using Samverkan.Host.Security;

namespace Samverkan.Host.Tests.Infrastructure;

/// <summary>A signed-in user as a page gets it from <c>WebUser</c>, for calling the pages' services directly.</summary>
internal sealed record PageUser(string Id, IReadOnlyList<string> Roles, IReadOnlyList<string> Organisations) : ICurrentUser
{
    public string? UserId => Id;
    public string DisplayName => Id;
    public bool IsSystem => false;
}
