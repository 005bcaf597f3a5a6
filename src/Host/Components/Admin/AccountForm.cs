namespace Samverkan.Host.Components.Admin;

/// <summary>An account in its form: new (with e-mail and password) or changed (its id and lock kept).</summary>
internal sealed class AccountForm(bool isNew, string email, string displayName, HashSet<string> roles, HashSet<string> organisations, HashSet<string> groups)
{
    public bool IsNew { get; } = isNew;
    public string Id { get; init; } = "";
    public bool Locked { get; init; }
    public string Email { get; set; } = email;
    public string Password { get; set; } = "";
    public string DisplayName { get; set; } = displayName;
    public HashSet<string> Roles { get; } = roles;
    public HashSet<string> Organisations { get; } = organisations;
    public HashSet<string> Groups { get; } = groups;
}
