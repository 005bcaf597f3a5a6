namespace Samverkan.Host.Security;

/// <summary>
/// STAND-IN until sign-in exists (issue 6 items 1–2 replace it): the caller says who they are in request headers,
/// <c>X-Samverkan-User</c> (id), <c>X-Samverkan-Organisations</c> and <c>X-Samverkan-Roles</c> (comma-separated).
/// Anyone can claim anything here, so it must never face a network it does not trust. Without a user header the
/// request is anonymous; nobody can claim to be <see cref="SystemUser"/>.
/// </summary>
internal sealed class HeaderCurrentUser : ICurrentUser
{
    public const string UserHeader = "X-Samverkan-User";
    public const string OrganisationsHeader = "X-Samverkan-Organisations";
    public const string RolesHeader = "X-Samverkan-Roles";

    public HeaderCurrentUser(IHttpContextAccessor accessor)
    {
        var headers = accessor.HttpContext?.Request.Headers;
        var user = headers?[UserHeader].ToString().Trim();
        if (string.IsNullOrEmpty(user) || string.Equals(user, SystemUser.Id, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        UserId = user;
        Organisations = List(headers![OrganisationsHeader]);
        Roles = List(headers[RolesHeader]);
    }

    public string? UserId { get; }
    public string DisplayName => UserId ?? "anonym";
    public IReadOnlyList<string> Roles { get; } = [];
    public IReadOnlyList<string> Organisations { get; } = [];
    public bool IsSystem => false;

    private static string[] List(Microsoft.Extensions.Primitives.StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
}
