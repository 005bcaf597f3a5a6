using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Monitoring;

internal sealed class ProcessQueries(IWorkflowStore store) : IProcessQueries
{
    public Task<IReadOnlyList<DefinitionInfo>> ListDefinitionsAsync(string? key = null, CancellationToken ct = default) =>
        store.ListDefinitionsAsync(key, ct);

    public Task<IReadOnlyList<DefinitionInfo>> ListLatestDefinitionsAsync(CancellationToken ct = default) =>
        store.ListLatestDefinitionsAsync(ct);

    public async Task<IReadOnlyDictionary<string, string>> LatestNamesAsync(CancellationToken ct = default) =>
        (await store.ListLatestDefinitionsAsync(ct)).ToDictionary(d => d.Key, d => d.DisplayName, StringComparer.Ordinal);

    public async Task<DefinitionDetail?> GetDefinitionAsync(Guid id, CancellationToken ct = default) =>
        (await store.GetDefinitionAsync(id, ct))?.ToDetail();

    public async Task<DefinitionDetail?> FindDefinitionAsync(string key, int? version = null, CancellationToken ct = default) =>
        (await store.FindDefinitionAsync(key, version, ct))?.ToDetail();

    public Task<Guid?> FindDefinitionIdAsync(string key, int? version = null, CancellationToken ct = default) =>
        store.FindDefinitionIdAsync(key, version, ct);

    public async Task<string?> DefinitionNameAsync(Guid id, CancellationToken ct = default) =>
        (await store.GetDefinitionInfoAsync(id, ct))?.DisplayName;
}
