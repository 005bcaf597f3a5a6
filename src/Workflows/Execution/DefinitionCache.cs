using System.Collections.Concurrent;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Parsing;

namespace Samverkan.Workflows.Execution;

/// <summary>Parsed and compiled definitions by id: a version is immutable, so it is compiled once per process.</summary>
internal sealed class DefinitionCache(IWorkflowStore store, ExpressionCompiler compiler)
{
    private readonly ConcurrentDictionary<Guid, ExecutableProcess> _byId = new();

    public async Task<ExecutableProcess> GetAsync(Guid definitionId, CancellationToken ct)
    {
        if (_byId.TryGetValue(definitionId, out var cached))
        {
            return cached;
        }
        var record = await store.GetDefinitionAsync(definitionId, ct)
            ?? throw EngineException.NotFound($"No process definition with id {definitionId}.");
        return Add(record);
    }

    /// <summary>The given version of a key, or the latest; asks the store only which id that is, unless the model is new here.</summary>
    public async Task<ExecutableProcess?> FindAsync(string key, int? version, CancellationToken ct) =>
        await store.FindDefinitionIdAsync(key, version, ct) is Guid id ? await GetAsync(id, ct) : null;

    public ExecutableProcess Add(DefinitionRecord record)
    {
        return _byId.GetOrAdd(record.Id, _ =>
        {
            var parsed = new BpmnParser().Parse(record.Xml);
            var model = parsed.Document?.Processes.FirstOrDefault(p => p.Id == record.Key)
                ?? throw new InvalidOperationException($"Stored definition {record.Key} v{record.Version} no longer parses.");
            return new ExecutableProcess(record.Id, record.Key, record.Version, model, compiler);
        });
    }

    public void Put(ExecutableProcess process) => _byId[process.DefinitionId] = process;
}
