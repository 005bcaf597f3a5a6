using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution.Records;

namespace Samverkan.Workflows.Persistence;

/// <summary>
/// <see cref="TaskFilter"/> as a database query. string.Contains becomes instr/strpos, which like the
/// in-memory filter is case-sensitive and has no wildcards (SQLite's LIKE would ignore ASCII case).
/// </summary>
internal static class TaskQueryFilter
{
    public static IQueryable<UserTaskRecord> Apply(IQueryable<UserTaskRecord> tasks, TaskQuery q)
    {
        if (q.Status is { } status)
        {
            tasks = tasks.Where(t => t.Status == status);
        }
        if (q.Assignee is { } assignee)
        {
            tasks = tasks.Where(t => t.Assignee == assignee);
        }
        if (q.CandidateGroup is { } group)
        {
            var pattern = EfWorkflowStore.Wrap(group);
            tasks = tasks.Where(t => t.CandidateGroups.Contains(pattern));
        }
        if (q.InstanceId is { } instanceId)
        {
            tasks = tasks.Where(t => t.InstanceId == instanceId);
        }
        if (q.DefinitionKey is { } key)
        {
            tasks = tasks.Where(t => t.DefinitionKey == key);
        }
        if (q.DueBefore is { } dueBefore)
        {
            tasks = tasks.Where(t => t.DueAt != null && t.DueAt < dueBefore);
        }
        return q.VisibleToUser is { } user ? VisibleTo(tasks, user, q.Groups ?? []) : tasks;
    }

    private static IQueryable<UserTaskRecord> VisibleTo(IQueryable<UserTaskRecord> tasks, string user, IReadOnlyCollection<string> groups)
    {
        var userPattern = EfWorkflowStore.Wrap(user);
        var groupPatterns = groups.Select(EfWorkflowStore.Wrap).ToList();
        return groupPatterns.Count == 0
            ? tasks.Where(t => t.Assignee == user || (t.Assignee == null && t.CandidateUsers.Contains(userPattern)))
            : tasks.Where(t => t.Assignee == user || (t.Assignee == null
                && (t.CandidateUsers.Contains(userPattern) || groupPatterns.Any(p => t.CandidateGroups.Contains(p)))));
    }
}
