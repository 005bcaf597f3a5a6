using Microsoft.EntityFrameworkCore;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Persistence;

/// <summary>
/// <see cref="TaskFilter"/> as a database query. string.Contains becomes instr/strpos, which like the
/// in-memory filter is case-sensitive and has no wildcards (SQLite's LIKE would ignore ASCII case).
/// </summary>
internal static class TaskQueryFilter
{
    public static bool CanUsePage(TaskQuery q) => q.VisibleToUser is null && q.DueBefore is null && q.CreatedAfter is null;

    /// <summary>The compiled <see cref="CompiledQueries.TaskPage"/> for <paramref name="q"/>, when <see cref="CanUsePage"/>.</summary>
    public static IAsyncEnumerable<UserTaskRecord> PageOf(CompiledQueries compiled, WorkflowDbContext db, TaskQuery q, int skip, int take) =>
        compiled.TaskPage(db, q.Status, q.Assignee, q.CandidateGroup is { } g ? EfWorkflowStore.Wrap(g) : null, q.InstanceId, q.DefinitionKey, skip, take);

    /// <summary>
    /// Inbox order: with a due date first (soonest first), then by priority, then oldest; the id last, so that ties have
    /// one order and pages neither repeat nor skip a task (PostgreSQL, unlike SQLite, returns ties in any order).
    /// </summary>
    public static IOrderedQueryable<UserTaskRecord> Ordered(IQueryable<UserTaskRecord> tasks) =>
        tasks.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenByDescending(t => t.Priority).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id);

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
        if (q.CreatedAfter is { } createdAfter)
        {
            tasks = tasks.Where(t => t.CreatedAt > createdAfter);
        }
        return q.VisibleToUser is { } user ? VisibleTo(tasks, user, q.Groups ?? []) : tasks;
    }

    private static IQueryable<UserTaskRecord> VisibleTo(IQueryable<UserTaskRecord> tasks, string user, IReadOnlyCollection<string> groups)
    {
        var userPattern = EfWorkflowStore.Wrap(user);
        var groupPatterns = groups.Select(EfWorkflowStore.Wrap).ToList();
        return groupPatterns.Count == 0
            ? tasks.Where(t => t.Assignee == user || t.CandidateUsers.Contains(userPattern))
            : tasks.Where(t => t.Assignee == user || t.CandidateUsers.Contains(userPattern)
                || groupPatterns.Any(p => t.CandidateGroups.Contains(p)));
    }
}
