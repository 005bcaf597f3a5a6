namespace Samverkan.Workflows.Monitoring;

/// <summary>The read side of deployed processes for lists, pages and the API; returns read models, never stored rows.</summary>
public interface IProcessQueries
{
    /// <summary>Every deployed version (of <paramref name="key"/> only, when given), by key and version, without XML.</summary>
    Task<IReadOnlyList<DefinitionInfo>> ListDefinitionsAsync(string? key = null, CancellationToken ct = default);

    /// <summary>The latest version of every process key, without XML.</summary>
    Task<IReadOnlyList<DefinitionInfo>> ListLatestDefinitionsAsync(CancellationToken ct = default);

    /// <summary>The display name (name, else key) of the latest version of every process key; reads no XML.</summary>
    Task<IReadOnlyDictionary<string, string>> LatestNamesAsync(CancellationToken ct = default);

    /// <summary>One version with its XML.</summary>
    Task<DefinitionDetail?> GetDefinitionAsync(Guid id, CancellationToken ct = default);

    /// <summary>The given version of a key, or the latest when <paramref name="version"/> is null, with its XML.</summary>
    Task<DefinitionDetail?> FindDefinitionAsync(string key, int? version = null, CancellationToken ct = default);

    /// <summary>The id of the given version of a key, or of the latest; reads no XML.</summary>
    Task<Guid?> FindDefinitionIdAsync(string key, int? version = null, CancellationToken ct = default);

    /// <summary>The display name of the version with this id, or null when there is none; reads no XML.</summary>
    Task<string?> DefinitionNameAsync(Guid id, CancellationToken ct = default);
}
