using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samverkan.Host.Persistence;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Notifications.Engine;

/// <summary>
/// New-task notices are written just after the engine's commit, from memory; a service that stops in between
/// loses them. At start-up this sends the notice for every open task created within
/// <see cref="NotificationsOptions.CatchUpWindow"/> that has none yet.
/// </summary>
internal sealed class TaskNoticeCatchUp(
    ProcessEngine engine,
    TaskNotices notices,
    IDbContextFactory<HostDbContext> contexts,
    IOptionsMonitor<NotificationsOptions> options,
    TimeProvider clock,
    ILogger<TaskNoticeCatchUp> log)
{
    private const int PageSize = 500;

    /// <summary>Returns how many tasks were missing their notice.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var since = clock.GetUtcNow() - options.CurrentValue.CatchUpWindow;
        var missed = 0;
        for (var page = 1; ; page++)
        {
            var tasks = (await engine.QueryTasksAsync(new TaskQuery { CreatedAfter = since, Page = page, PageSize = PageSize }, ct)).Items;
            var told = await ToldAsync(tasks.Select(t => TaskNotices.CreatedKey(t.Id)).ToList(), ct);
            // A task for nobody in particular has no notice to catch up on.
            foreach (var task in tasks.Where(t => TaskNotices.HasRecipients(t) && !told.Contains(TaskNotices.CreatedKey(t.Id))))
            {
                missed++;
                await notices.HandleAsync(new TaskChange(task, IsNew: true), ct);
            }
            if (tasks.Count < PageSize)
            {
                break;
            }
        }
        if (missed > 0)
        {
            log.LogInformation("Sent the missed new-task notices of {TaskCount} open tasks", missed);
        }
        return missed;
    }

    private async Task<HashSet<string>> ToldAsync(List<string> keys, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await db.Notifications.Where(n => n.DedupeKey != null && keys.Contains(n.DedupeKey))
            .Select(n => n.DedupeKey!).Distinct().ToListAsync(ct);
        return found.ToHashSet(StringComparer.Ordinal);
    }
}
