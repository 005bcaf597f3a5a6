using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Storage;

/// <summary>A user task waiting in somebody's inbox.</summary>
internal sealed class UserTaskRecord
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public long ElementInstanceId { get; set; }
    public string ElementId { get; set; } = "";
    public string? Name { get; set; }
    public string DefinitionKey { get; set; } = "";
    public string? BusinessKey { get; set; }
    public UserTaskStatus Status { get; set; }
    public string? Assignee { get; set; }
    /// <summary>Comma-separated, with leading and trailing commas so that ",group," matches exactly.</summary>
    public string CandidateGroups { get; set; } = "";
    public string CandidateUsers { get; set; } = "";
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? FollowUpAt { get; set; }
    public int Priority { get; set; }
    public string? FormKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? CompletedBy { get; set; }

    public IReadOnlyList<string> CandidateGroupList => Split(CandidateGroups);
    public IReadOnlyList<string> CandidateUserList => Split(CandidateUsers);

    public static string Join(IEnumerable<string> items)
    {
        var list = items.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct().ToList();
        return list.Count == 0 ? "" : "," + string.Join(',', list) + ",";
    }

    /// <summary>
    /// Assigned to <paramref name="user"/>, naming them as a candidate user, or with a candidate group among
    /// <paramref name="groups"/> (ordinal, as the database compares); a task a colleague claimed stays visible to the group.
    /// </summary>
    public bool IsVisibleTo(string user, IEnumerable<string> groups) =>
        Assignee == user
        || CandidateUsers.Contains("," + user + ",", StringComparison.Ordinal)
        || groups.Any(g => CandidateGroups.Contains("," + g + ",", StringComparison.Ordinal));

    private static string[] Split(string joined) => joined.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public UserTaskRecord Clone() => (UserTaskRecord)MemberwiseClone();
}
