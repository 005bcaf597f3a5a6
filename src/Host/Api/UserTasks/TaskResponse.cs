using System.Text.Json.Serialization;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Api.UserTasks;

/// <summary>A user task; <c>form</c> (the fields to fill in when completing it) comes only with GET /api/tasks/{id}.</summary>
internal sealed record TaskResponse(
    Guid Id,
    Guid InstanceId,
    string ElementId,
    string? Name,
    string DefinitionKey,
    string? BusinessKey,
    UserTaskStatus Status,
    string? Assignee,
    IReadOnlyList<string> CandidateGroups,
    IReadOnlyList<string> CandidateUsers,
    DateTimeOffset? DueAt,
    DateTimeOffset? FollowUpAt,
    int Priority,
    string? FormKey,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClaimedAt,
    DateTimeOffset? EndedAt,
    string? CompletedBy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FormFieldResponse>? Form = null)
{
    public static TaskResponse From(UserTaskView task, IReadOnlyList<FormFieldResponse>? form = null) =>
        new(task.Id, task.InstanceId, task.ElementId, task.Name, task.DefinitionKey, task.BusinessKey, task.Status, task.Assignee,
            task.CandidateGroupList, task.CandidateUserList, task.DueAt, task.FollowUpAt, task.Priority, task.FormKey, task.CreatedAt,
            task.ClaimedAt, task.EndedAt, task.CompletedBy, form);
}
