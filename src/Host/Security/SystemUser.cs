namespace Samverkan.Host.Security;

/// <summary>The engine acting on its own, for jobs without a person behind them. It belongs to no organisation, so it never sees an identified individual.</summary>
public sealed class SystemUser : ICurrentUser
{
    public const string Id = "system";

    public static SystemUser Instance { get; } = new();

    private SystemUser()
    {
    }

    public string? UserId => Id;
    public string DisplayName => "Samverkan";
    public IReadOnlyList<string> Roles => [];
    public IReadOnlyList<string> Organisations => [];
    public bool IsSystem => true;
}
