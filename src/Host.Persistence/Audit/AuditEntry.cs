namespace Samverkan.Host.Persistence.Audit;

/// <summary>
/// One line of the access log (PDL): who, for which organisations and roles, when, what, which individual (by
/// internal id only) and why (the case or task). Written once, never changed; deleted only past retention.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(DateTimeOffset at, string userId, string organisations, string roles, AuditAction action)
    {
        At = at;
        UserId = userId;
        Organisations = organisations;
        Roles = roles;
        Action = action;
    }

    /// <summary>Given by the database in the order entries are written, never reused: a gap shows that entries were removed.</summary>
    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string UserId { get; private set; } = "";

    /// <summary>The user's organisations at the time, comma-separated.</summary>
    public string Organisations { get; private set; } = "";

    /// <summary>The user's roles at the time, comma-separated.</summary>
    public string Roles { get; private set; } = "";

    public AuditAction Action { get; private set; }

    /// <summary>The individual, by internal id; null for reads of the log itself.</summary>
    public Guid? PersonId { get; init; }

    public Guid? CaseId { get; init; }

    /// <summary>The task the user worked on, when they said so.</summary>
    public Guid? TaskId { get; init; }

    public Guid? ConsentId { get; init; }

    /// <summary>A short, fixed description (such as "search by personnummer" or the filters of a log read); never personal data.</summary>
    public string? Detail { get; init; }
}
