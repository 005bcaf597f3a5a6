using Samverkan.Host.Security;
using Samverkan.Host.Persistence.Audit;

namespace Samverkan.Host.Audit;

/// <summary>
/// Makes access log entries for the acting user. The caller adds them to the same unit of work as the change
/// they record (or saves them before it returns what was read), so there is no access without its entry.
/// </summary>
public sealed class AccessLog(TimeProvider clock)
{
    public AuditEntry Entry(ICurrentUser actor, AuditAction action, Guid? personId = null, Guid? caseId = null,
        Guid? taskId = null, Guid? consentId = null, string? detail = null)
    {
        var now = clock.GetUtcNow();
        return new AuditEntry(now, actor.UserId ?? "anonym",
            string.Join(',', actor.Organisations), string.Join(',', actor.Roles), action)
        {
            PersonId = personId,
            CaseId = caseId,
            TaskId = taskId,
            ConsentId = consentId,
            Detail = detail,
        };
    }
}
