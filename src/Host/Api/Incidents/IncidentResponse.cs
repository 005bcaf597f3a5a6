using Samverkan.Workflows.Execution.Records;

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
    public static IncidentResponse From(IncidentRecord record) =>
        new(record.Id, record.InstanceId, record.ElementId, record.Type, record.Message, record.JobId, record.CreatedAt, record.ResolvedAt);
}
