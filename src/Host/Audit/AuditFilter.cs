using Samverkan.Host.Persistence.Audit;

namespace Samverkan.Host.Audit;

/// <summary>What an access log review asks for; every part is optional. <see cref="To"/> is exclusive.</summary>
public sealed record AuditFilter(
    string? UserId, Guid? PersonId, DateTimeOffset? From, DateTimeOffset? To, AuditAction? Action,
    Guid? CaseId = null, string? Organisation = null)
{
    /// <summary>The filter as the log-read entry records it: ids and instants only.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (UserId is not null)
        {
            parts.Add($"user={UserId}");
        }
        if (PersonId is not null)
        {
            parts.Add($"personId={PersonId}");
        }
        if (From is not null)
        {
            parts.Add($"from={From:O}");
        }
        if (To is not null)
        {
            parts.Add($"to={To:O}");
        }
        if (Action is not null)
        {
            parts.Add($"action={Action}");
        }
        if (CaseId is not null)
        {
            parts.Add($"caseId={CaseId}");
        }
        if (Organisation is not null)
        {
            parts.Add($"organisation={Organisation}");
        }
        return parts.Count == 0 ? "no filter" : string.Join(' ', parts);
    }
}
