using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Cases;
using Samverkan.Host.Persistence;
using Samverkan.Host.Security;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Cases;

/// <summary>
/// The cases a user's organisations take part in (<see cref="CaseAccess.TakesPart"/>), each with where its processes
/// and open tasks stand. Rows are de-identified: the list decrypts nothing and so writes nothing to the access log.
/// </summary>
internal sealed class CaseDirectory(IDbContextFactory<CasesDbContext> contexts, ProcessEngine engine, TimeProvider clock)
{
    private const int PageSize = 500;

    public async Task<IReadOnlyList<CaseRow>> ListAsync(ICurrentUser user, CaseListFilter filter, CancellationToken ct = default)
    {
        if (user.IsAnonymous || user.UserId is not { } userId)
        {
            return [];
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Organisation ids compare case-insensitively, which a list column cannot do in SQL on both providers: the
        // participation check runs here, over the case rows only (no personal data is read).
        var cases = (await db.Cases.AsNoTracking().OrderByDescending(c => c.CreatedAt).ToListAsync(ct))
            .Where(c => CaseAccess.TakesPart(c, user)).ToList();
        if (cases.Count == 0)
        {
            return [];
        }
        var openTasks = await OpenTasksAsync(ct);
        var now = clock.GetUtcNow();
        var rows = new List<CaseRow>();
        foreach (var record in cases)
        {
            var instances = (await engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = record.BusinessKey, PageSize = PageSize }, ct)).Items;
            var ids = instances.Select(i => i.Id).ToHashSet();
            var tasks = openTasks.Where(t => ids.Contains(t.InstanceId)).ToList();
            var row = new CaseRow(record.Id, record.Reference, record.Title, record.Organisations, record.CreatedBy, record.CreatedAt,
                instances.Select(i => i.DefinitionKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                instances.Count == 0 || instances.Any(i => i.Status == InstanceStatus.Active),
                tasks.Count,
                tasks.Count(t => t.DueAt < now),
                tasks.Min(t => t.DueAt),
                tasks.Select(t => t.Assignee).OfType<string>().Distinct(StringComparer.Ordinal).ToList());
            if (filter.Matches(row, userId))
            {
                rows.Add(row);
            }
        }
        return rows;
    }

    private async Task<List<UserTaskView>> OpenTasksAsync(CancellationToken ct)
    {
        var tasks = new List<UserTaskView>();
        for (var page = 1; ; page++)
        {
            var result = await engine.QueryTasksAsync(new TaskQuery { Status = UserTaskStatus.Open, Page = page, PageSize = PageSize }, ct);
            tasks.AddRange(result.Items);
            if (tasks.Count >= result.Total || result.Items.Count < PageSize)
            {
                return tasks;
            }
        }
    }
}
