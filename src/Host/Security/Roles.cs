namespace Samverkan.Host.Security;

/// <summary>Role ids as they arrive from sign-in (a local account's roles, or the identity provider's role claim).</summary>
public static class Roles
{
    /// <summary>Process designer: deploys and edits processes and rule sets.</summary>
    public const string Processdesigner = "processdesigner";

    /// <summary>Manager (ledningsnivå): changes rule parameters, decides escalated issues, reads reports.</summary>
    public const string Chef = "chef";

    /// <summary>Staff: works on tasks for themselves and their groups, starts processes, registers cases.</summary>
    public const string Handlaggare = "handlaggare";

    /// <summary>The coordination office: receives red-thread pulls and escalations.</summary>
    public const string Narvardskontoret = "narvardskontoret";

    /// <summary>Administrator: users, the Hangfire dashboard, incidents.</summary>
    public const string Admin = "admin";

    /// <summary>Auditor: the only role that may read the access log (PDL log review).</summary>
    public const string Granskare = "granskare";

    /// <summary>An external task worker: a system that fetches and completes external tasks, and nothing else.</summary>
    public const string Worker = "worker";

    public static IReadOnlyList<string> All { get; } = [Processdesigner, Chef, Handlaggare, Narvardskontoret, Admin, Granskare, Worker];

    /// <summary>The roles that work on cases and tasks: the only ones that may see a case's process data unmasked.</summary>
    public static IReadOnlyList<string> Staff { get; } = [Handlaggare, Chef, Narvardskontoret];
}
