namespace Samverkan.Host.Security;

/// <summary>
/// The named authorization policies every endpoint picks one of; anything mapped without one is refused by the
/// fallback policy. Which roles each admits is in <see cref="AuthorizationSetup"/>.
/// </summary>
public static class Policies
{
    /// <summary>Deploy and edit processes and rule sets.</summary>
    public const string Design = "design";

    /// <summary>Read processes, definitions and instances: everyone who works with them.</summary>
    public const string ReadProcesses = "read-processes";

    /// <summary>Change rule parameters and read reports.</summary>
    public const string Manage = "manage";

    /// <summary>Read rule parameters: managers, and designers whose processes use them.</summary>
    public const string ReadParameters = "read-parameters";

    /// <summary>Work: tasks, starting processes, messages, cases and consents.</summary>
    public const string Work = "work";

    /// <summary>Operate the engine: incidents, cancelling instances, signals.</summary>
    public const string Operate = "operate";

    /// <summary>Fetch, lock and report external tasks: workers only.</summary>
    public const string ExternalTasks = "external-tasks";

    /// <summary>Read the access log.</summary>
    public const string Audit = "audit";

    /// <summary>The Hangfire dashboard and user administration.</summary>
    public const string Admin = "admin";

    /// <summary>Any signed-in user with at least one role: their own notifications and account.</summary>
    public const string SignedIn = "signed-in";
}
