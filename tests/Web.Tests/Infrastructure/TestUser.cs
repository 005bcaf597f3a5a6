using Samverkan.Host.Security;

namespace Samverkan.Web.Tests.Infrastructure;

/// <summary>A signed-in user for logic that takes an <see cref="ICurrentUser"/>: their groups are their roles and organisations.</summary>
internal sealed record TestUser(string UserId, IReadOnlyList<string> Roles, IReadOnlyList<string> Organisations) : ICurrentUser
{
    string? ICurrentUser.UserId => UserId;

    public string DisplayName => UserId;

    public bool IsSystem => false;
}
