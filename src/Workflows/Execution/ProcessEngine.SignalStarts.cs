using Samverkan.Workflows.Model;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Execution;

public sealed partial class ProcessEngine
{
    /// <summary>The latest version of each deployed process whose signal start event listens for <paramref name="name"/>.</summary>
    /// <remarks>Reads the list of latest versions (no XML) and the compiled models, which the definition cache keeps.</remarks>
    private async Task<IReadOnlyList<(ExecutableProcess Process, StartEvent Start)>> FindSignalStartsAsync(string name, CancellationToken ct)
    {
        var found = new List<(ExecutableProcess, StartEvent)>();
        foreach (var latest in await _core.Store.ListLatestDefinitionsAsync(ct))
        {
            var process = await _core.Definitions.GetAsync(latest.Id, ct);
            if (process.SignalStarts.FirstOrDefault(s => ((SignalTrigger)s.Trigger).SignalName == name) is { } start)
            {
                found.Add((process, start));
            }
        }
        return found;
    }

    /// <summary>Starts one instance per process, each in its own transaction, with the signal's variables.</summary>
    private async Task<List<Guid>> StartBySignalAsync(IReadOnlyList<(ExecutableProcess Process, StartEvent Start)> starts, Dictionary<string, object?> payload, CancellationToken ct)
    {
        var started = new List<Guid>();
        foreach (var (process, start) in starts)
        {
            started.Add(await TriggerAsync(executor =>
            {
                var local = start.LocalResults;
                var instance = executor.Create(process, null, new Dictionary<string, object?>(local ? [] : payload, StringComparer.Ordinal));
                if (local)
                {
                    executor.Start(instance, start, payload);
                }
                else
                {
                    executor.Start(instance, start);
                }
                executor.History(instance, HistoryTypes.SignalReceived, start.Id, instance.State.Root.Id, ((SignalTrigger)start.Trigger).SignalName);
                return Task.FromResult(instance.Id);
            }, ct));
        }
        return started;
    }
}
