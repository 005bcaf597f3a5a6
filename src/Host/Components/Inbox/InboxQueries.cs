using Samverkan.Host.Security;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Inbox;

/// <summary>
/// The inbox's one place for "which tasks may this user see and act on": it asks <see cref="TaskAccess"/>, the same
/// rule the task API follows (assigned to the user, naming them or one of their groups as candidate; chef and admin see all).
/// </summary>
internal sealed class InboxQueries(ProcessEngine engine, TaskAccess access)
{
    private const int PageSize = 200;
    private const int MaxPages = 10;

    /// <summary>The open tasks the user can see (at most 2,000: an inbox longer than that needs its filters, not a longer list).</summary>
    public async Task<IReadOnlyList<UserTaskView>> OpenTasksAsync(ICurrentUser user, CancellationToken ct = default)
    {
        var tasks = new List<UserTaskView>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var result = await engine.QueryTasksAsync(access.Restrict(new TaskQuery { Page = page, PageSize = PageSize }, user), ct);
            tasks.AddRange(result.Items);
            if (tasks.Count >= result.Total || result.Items.Count < PageSize)
            {
                break;
            }
        }
        return tasks;
    }

    /// <summary>The open tasks of one instance that the user can see.</summary>
    public async Task<IReadOnlyList<UserTaskView>> OpenTasksOfAsync(Guid instanceId, ICurrentUser user, CancellationToken ct = default) =>
        (await engine.QueryTasksAsync(access.Restrict(new TaskQuery { InstanceId = instanceId, PageSize = PageSize }, user), ct)).Items;

    /// <summary>The task, or null when there is none or the user may not see it: for them it does not exist.</summary>
    public async Task<UserTaskView?> FindAsync(Guid taskId, ICurrentUser user, CancellationToken ct = default) =>
        await engine.GetTaskAsync(taskId, ct) is { } task && access.CanSee(task, user) ? task : null;

    /// <summary>Claim (for themselves), give back or complete: an unassigned task or their own; a chef acts on any.</summary>
    public bool CanActOn(UserTaskView task, ICurrentUser user) => access.CanActOn(task, user);

    /// <summary>Whether the user sees others' tasks too (chef, administrator).</summary>
    public bool SeesAll(ICurrentUser user) => access.SeesAll(user);
}
