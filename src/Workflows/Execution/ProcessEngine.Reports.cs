using Samverkan.Workflows.Abstractions;

namespace Samverkan.Workflows.Execution;

public sealed partial class ProcessEngine
{
    private const int ReportPageSize = 500;

    /// <summary>Instances of every version of <paramref name="key"/> started in [<paramref name="from"/>, <paramref name="to"/>), oldest first, with their variables.</summary>
    public async Task<IReadOnlyList<InstanceView>> FindInstancesStartedAsync(string key, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        var found = new Dictionary<Guid, InstanceView>();
        for (var page = 1; ; page++)
        {
            var result = await _core.Store.QueryInstancesAsync(new InstanceQuery { DefinitionKey = key, Page = page, PageSize = ReportPageSize }, ct);
            foreach (var record in result.Items.Where(r => r.StartedAt >= from && r.StartedAt < to))
            {
                // An instance started while paging shifts the pages by one; the dictionary drops the repeat.
                found.TryAdd(record.Id, ToView(record, []));
            }
            // Newest first: once a page reaches back before the period, every later page is older still.
            if (result.Items.Count < ReportPageSize || result.Items[^1].StartedAt < from)
            {
                break;
            }
        }
        return found.Values.OrderBy(v => v.StartedAt).ThenBy(v => v.Id).ToList();
    }
}
