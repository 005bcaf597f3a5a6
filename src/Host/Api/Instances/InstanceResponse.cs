using Samverkan.Host.Api.Incidents;
using Samverkan.Host.Cases.ProcessData;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Api.Instances;

/// <summary>
/// An instance: status (and whether an operator suspended it), process variables, the elements its tokens are at, and its open incidents. <c>deIdentified</c>:
/// the caller may not see the case's process data, so text that can hold personal data is shown masked and
/// <c>maskedVariables</c> names the variables where that happened.
/// </summary>
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
    IReadOnlyList<IncidentResponse> Incidents,
    bool DeIdentified,
    IReadOnlyList<string> MaskedVariables,
    bool Suspended)
{
    public static InstanceResponse From(InstanceView view, InstanceData shown) =>
        new(view.Id, view.DefinitionKey, view.DefinitionVersion, view.DefinitionId, view.BusinessKey, view.Status, view.StartedAt,
            view.EndedAt, shown.Text(view.EndReason), view.ParentInstanceId, shown.Variables.Values, view.ActiveElementIds,
            view.Incidents.Select(i => IncidentResponse.From(i, shown.Text)).ToList(), shown.DeIdentified, shown.Variables.Masked, view.Suspended);
}
