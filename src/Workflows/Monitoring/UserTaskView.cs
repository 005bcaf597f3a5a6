namespace Samverkan.Workflows.Monitoring;

/// <summary>A user task as callers see it: who may take it, when it is due, and how it ended.</summary>
public sealed record UserTaskView
{
    public Guid Id { get; init; }
    public Guid InstanceId { get; init; }
    public long ElementInstanceId { get; init; }
    public string ElementId { get; init; } = "";
    public string? Name { get; init; }
    public string DefinitionKey { get; init; } = "";
    public string? BusinessKey { get; init; }
    public UserTaskStatus Status { get; init; }
    public string? Assignee { get; init; }
    public IReadOnlyList<string> CandidateGroupList { get; init; } = [];
    public IReadOnlyList<string> CandidateUserList { get; init; } = [];
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset? FollowUpAt { get; init; }
    public int Priority { get; init; }
    public string? FormKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ClaimedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public string? CompletedBy { get; init; }

    /// <summary>
    /// Assigned to <paramref name="user"/>, naming them as a candidate user, or with a candidate group among
    /// <paramref name="groups"/> (ordinal, as the database compares); a task a colleague claimed stays visible to the group.
    /// </summary>
    public bool IsVisibleTo(string user, IEnumerable<string> groups) =>
        Assignee == user
        || CandidateUserList.Contains(user, StringComparer.Ordinal)
        || groups.Any(g => CandidateGroupList.Contains(g, StringComparer.Ordinal));
}
