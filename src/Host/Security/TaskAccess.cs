using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Security;

/// <summary>
/// Who may see and act on a user task, in one place for the task API and the inbox. Managers (chef) and
/// administrators follow up on every task; everyone else sees the tasks assigned to them, naming them as a
/// candidate, or with a candidate group among their <see cref="ICurrentUser.Groups"/>. A task a user cannot see
/// is answered as if it did not exist.
/// </summary>
internal sealed class TaskAccess
{
    public bool SeesAll(ICurrentUser user) => user.IsInRole(Roles.Chef) || user.IsInRole(Roles.Admin);

    public bool CanSee(UserTaskView task, ICurrentUser user) =>
        user.UserId is { } id && (SeesAll(user) || task.IsVisibleTo(id, user.Groups));

    /// <summary><paramref name="query"/> narrowed to the tasks <paramref name="user"/> can see.</summary>
    public TaskQuery Restrict(TaskQuery query, ICurrentUser user)
    {
        var id = user.UserId ?? throw new InvalidOperationException("Only a signed-in user has tasks.");
        return SeesAll(user) ? query : query with { VisibleToUser = id, Groups = user.Groups };
    }

    /// <summary>
    /// Claim, unclaim or complete: a task the user can see that is unassigned or theirs; a chef acts on any.
    /// Completing an unassigned task without claiming it first is allowed, as the engine allows it.
    /// </summary>
    public bool CanActOn(UserTaskView task, ICurrentUser user) =>
        CanSee(task, user) && (task.Assignee is null || task.Assignee == user.UserId || user.IsInRole(Roles.Chef));

    /// <summary>Whether <paramref name="user"/> may give a task to <paramref name="assignee"/>: themselves, or anyone if a chef.</summary>
    public bool MayAssign(string assignee, ICurrentUser user) =>
        user.UserId is { } id && (string.Equals(assignee, id, StringComparison.Ordinal) || user.IsInRole(Roles.Chef));
}
