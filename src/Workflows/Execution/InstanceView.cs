using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Execution;

/// <summary>An instance as callers see it: status, variables, where its tokens are, its open incidents, and whether an operator suspended it.</summary>
public sealed record InstanceView(
    Guid Id,
    Guid DefinitionId,
    string DefinitionKey,
    int DefinitionVersion,
    string? BusinessKey,
    InstanceStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string? EndReason,
    Guid? ParentInstanceId,
    IReadOnlyDictionary<string, object?> Variables,
    IReadOnlyList<string> ActiveElementIds,
    IReadOnlyList<IncidentView> Incidents,
    bool Suspended = false);
