namespace Samverkan.Host.Notifications.Recipients;

/// <summary>The "Samverkan:Directory" section: the users until authentication brings the real directory.</summary>
public sealed class DirectoryOptions
{
    public const string Section = "Samverkan:Directory";

    public List<DirectoryUserOptions> Users { get; set; } = [];
}

/// <summary>One entry of <c>Samverkan:Directory:Users</c>: { id, name, email, groups: [...] }.</summary>
public sealed class DirectoryUserOptions
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public List<string> Groups { get; set; } = [];
}
