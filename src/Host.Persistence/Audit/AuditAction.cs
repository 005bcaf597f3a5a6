namespace Samverkan.Host.Persistence.Audit;

/// <summary>What was done with an identified individual's data (or with the access log itself).</summary>
public enum AuditAction
{
    Read,
    Create,
    Change,
    ConsentGiven,
    ConsentWithdrawn,
    /// <summary>Someone read or exported the access log.</summary>
    LogRead,
}
