using Samverkan.Host.Api.Incidents;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Execution.Records;

namespace Samverkan.Host.Api.Instances;

/// <summary>An instance: status, process variables, the elements its tokens are at, and its open incidents.</summary>
internal sealed record InstanceResponse(
    Guid Id,
    string DefinitionKey,
    int DefinitionVersion,
    Guid DefinitionId,
    string? BusinessKey,
    InstanceStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string? EndReason,
    Guid? ParentInstanceId,
    IReadOnlyDictionary<string, object?> Variables,
    IReadOnlyList<string> ActiveElementIds,
    IReadOnlyList<IncidentResponse> Incidents)
{
    public static InstanceResponse From(InstanceView view) =>
        new(view.Id, view.DefinitionKey, view.DefinitionVersion, view.DefinitionId, view.BusinessKey, view.Status, view.StartedAt,
            view.EndedAt, view.EndReason, view.ParentInstanceId, view.Variables, view.ActiveElementIds,
            view.Incidents.Select(IncidentResponse.From).ToList());
}
