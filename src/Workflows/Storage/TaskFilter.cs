using Samverkan.Workflows.Abstractions;

using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Storage;

/// <summary>The task query's meaning, for the in-memory store (the database store says the same in SQL).</summary>
internal static class TaskFilter
{
    public static bool Matches(UserTaskRecord t, TaskQuery q) =>
        (q.Status is null || t.Status == q.Status)
        && (q.Assignee is null || t.Assignee == q.Assignee)
        && (q.CandidateGroup is null || t.CandidateGroups.Contains("," + q.CandidateGroup + ",", StringComparison.Ordinal))
        && (q.InstanceId is null || t.InstanceId == q.InstanceId)
        && (q.DefinitionKey is null || t.DefinitionKey == q.DefinitionKey)
        && (q.DueBefore is null || (t.DueAt is not null && t.DueAt < q.DueBefore))
        && (q.CreatedAfter is null || t.CreatedAt > q.CreatedAfter)
        && (q.VisibleToUser is null || t.IsVisibleTo(q.VisibleToUser, q.Groups ?? []));
}
