using Samverkan.Host.Audit;
using Samverkan.Host.Persistence.Audit;

namespace Samverkan.Host.Api.Audit;

/// <summary>One access log entry (ids count up in the order written): who (user, organisations, roles), when, what, which individual (internal id) and why (case, task, consent).</summary>
internal sealed record AuditEntryResponse(
    long Id,
    DateTimeOffset At,
    string UserId,
    string Organisations,
    string Roles,
    AuditAction Action,
    Guid? PersonId,
    Guid? CaseId,
    Guid? TaskId,
    Guid? ConsentId,
    string? Detail)
{
    public static AuditEntryResponse From(AuditEntry e) =>
        new(e.Id, e.At, e.UserId, e.Organisations, e.Roles, e.Action, e.PersonId, e.CaseId, e.TaskId, e.ConsentId, e.Detail);
}
