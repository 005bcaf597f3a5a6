namespace Samverkan.Host.Security;

/// <summary>Role ids as they arrive from sign-in (today: the X-Samverkan-Roles header).</summary>
public static class Roles
{
    /// <summary>Auditor: the only role that may read the access log (PDL log review).</summary>
    public const string Granskare = "granskare";
}
