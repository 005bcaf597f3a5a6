using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Api.Incidents;

/// <summary>Something that failed at run time and waits for a person: fix the cause, then POST /api/incidents/{id}/retry.</summary>
internal sealed record IncidentResponse(
    Guid Id,
    Guid InstanceId,
    string ElementId,
    string Type,
    string Message,
    Guid? ExternalTaskId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt)
{
    /// <summary>With the message as the reader may see it (an incident of a de-identified instance masks anything like a personnummer).</summary>
    public static IncidentResponse From(IncidentView record, Func<string?, string?> shown) =>
        new(record.Id, record.InstanceId, record.ElementId, record.Type, shown(record.Message) ?? "", record.JobId, record.CreatedAt, record.ResolvedAt);
}
