using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Designer;

/// <summary>The process list: deployed definitions grouped by key, each version with its running instances.</summary>
public static class ProcessOverview
{
    public static async Task<IReadOnlyList<ProcessRow>> LoadAsync(ProcessEngine engine, CancellationToken ct = default)
    {
        var definitions = await engine.Queries.ListDefinitionsAsync(null, ct);
        var counts = await engine.CountActiveInstancesAsync(null, ct);
        return Build(definitions, counts);
    }

    public static IReadOnlyList<ProcessRow> Build(IEnumerable<DefinitionInfo> definitions, IEnumerable<VersionInstanceCount> counts)
    {
        var running = counts.ToDictionary(c => (c.DefinitionKey, c.DefinitionVersion), c => c.Active);
        return definitions
            .GroupBy(d => d.Key, StringComparer.Ordinal)
            .Select(versions =>
            {
                var rows = versions.OrderByDescending(d => d.Version)
                    .Select(d => new ProcessVersionRow(d.Version, d.Name, d.DeployedAt, d.Source, running.GetValueOrDefault((d.Key, d.Version))))
                    .ToList();
                return new ProcessRow(versions.Key, rows[0].Name, rows);
            })
            .OrderBy(p => p.Name ?? p.Key, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
    }
}
