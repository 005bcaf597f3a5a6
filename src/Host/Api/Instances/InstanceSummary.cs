using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Api.Instances;

/// <summary>An instance in a list: where it stands (and whether an operator suspended it), without its variables (GET /api/instances/{id} has them).</summary>
internal sealed record InstanceSummary(
    Guid Id,
    string DefinitionKey,
    int DefinitionVersion,
    string? BusinessKey,
    InstanceStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    Guid? ParentInstanceId,
    IReadOnlyList<string> ActiveElementIds,
    bool Suspended)
{
    public static InstanceSummary From(InstanceView view) =>
        new(view.Id, view.DefinitionKey, view.DefinitionVersion, view.BusinessKey, view.Status, view.StartedAt, view.EndedAt,
            view.ParentInstanceId, view.ActiveElementIds, view.Suspended);
}
