namespace Samverkan.Host.Security;

/// <summary>Claim types of our own, as local accounts store them.</summary>
public static class SamverkanClaims
{
    public const string Organisation = "organisation";

    /// <summary>An explicit group (a candidate group of the processes, e.g. sip-samordnare), one per claim.</summary>
    public const string Group = "group";
    public const string Name = "name";
}
