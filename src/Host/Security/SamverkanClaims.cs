namespace Samverkan.Host.Security;

/// <summary>Claim types of our own, as local accounts store them.</summary>
public static class SamverkanClaims
{
    public const string Organisation = "organisation";
    public const string Name = "name";
}
