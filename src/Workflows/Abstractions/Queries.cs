using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Abstractions;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public sealed record InstanceQuery
{
    public string? DefinitionKey { get; init; }
    public InstanceStatus? Status { get; init; }
    public string? BusinessKey { get; init; }
    public Guid? ParentInstanceId { get; init; }
    /// <summary>Instances of exactly this version.</summary>
    public Guid? DefinitionId { get; init; }
    /// <summary>Instances started before this instant.</summary>
    public DateTimeOffset? StartedBefore { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}

public sealed record TaskQuery
{
    public string? Assignee { get; init; }
    public string? CandidateGroup { get; init; }
    /// <summary>Tasks assigned to the user, naming the user as a candidate, or with one of <see cref="Groups"/> as candidate group (<see cref="UserTaskView.IsVisibleTo"/>).</summary>
    public string? VisibleToUser { get; init; }
    public IReadOnlyCollection<string>? Groups { get; init; }
    public Guid? InstanceId { get; init; }
    public string? DefinitionKey { get; init; }
    public UserTaskStatus? Status { get; init; } = UserTaskStatus.Open;
    /// <summary>Only tasks due before this instant (overdue when it is "now").</summary>
    public DateTimeOffset? DueBefore { get; init; }
    /// <summary>Only tasks created after this instant.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}
