using Samverkan.Host.Security;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Inbox;

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
    bool HasCandidates,
    bool ForUser = true)
{
    public bool IsOverdue(DateTimeOffset now) => DueAt is { } due && due < now;

    public bool IsAssignedTo(string? user) => user is not null && Assignee == user;

    /// <param name="user">Who looks: <see cref="ForUser"/> says whether the task is theirs or their groups' (a chef also sees others').</param>
    public static InboxRow From(UserTaskView task, IReadOnlyDictionary<string, string> processNames, ICurrentUser user) =>
        new(task.Id, string.IsNullOrWhiteSpace(task.Name) ? task.ElementId : task.Name, task.DefinitionKey,
            processNames.TryGetValue(task.DefinitionKey, out var name) ? name : task.DefinitionKey,
            task.BusinessKey, task.Assignee, task.DueAt, task.CreatedAt, task.Priority,
            task.CandidateGroupList.Count + task.CandidateUserList.Count > 0,
            IsFor(task, user));

    /// <summary>Assigned to the user, naming them as a candidate, or one of their groups.</summary>
    public static bool IsFor(UserTaskView task, ICurrentUser user) => user.UserId is { } id && task.IsVisibleTo(id, user.Groups);
}
