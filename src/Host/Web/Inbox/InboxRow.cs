using Samverkan.Workflows.Execution.Records;

namespace Samverkan.Host.Web.Inbox;

/// <summary>One line of the inbox: a task with the name of its process.</summary>
public sealed record InboxRow(
    Guid Id,
    string Name,
    string ProcessKey,
    string ProcessName,
    string? BusinessKey,
    string? Assignee,
    DateTimeOffset? DueAt,
    DateTimeOffset CreatedAt,
    int Priority,
    bool HasCandidates)
{
    public bool IsOverdue(DateTimeOffset now) => DueAt is { } due && due < now;

    public bool IsAssignedTo(string? user) => user is not null && Assignee == user;

    public static InboxRow From(UserTaskRecord task, IReadOnlyDictionary<string, string> processNames) =>
        new(task.Id, string.IsNullOrWhiteSpace(task.Name) ? task.ElementId : task.Name, task.DefinitionKey,
            processNames.TryGetValue(task.DefinitionKey, out var name) ? name : task.DefinitionKey,
            task.BusinessKey, task.Assignee, task.DueAt, task.CreatedAt, task.Priority,
            task.CandidateGroupList.Count + task.CandidateUserList.Count > 0);
}
