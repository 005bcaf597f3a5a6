using Samverkan.Workflows.Execution.Records;

namespace Samverkan.Workflows.Execution;

public sealed partial class ProcessEngine
{
    /// <summary>Every timer still waiting, due or not: what a scheduler that lost its jobs must schedule again.</summary>
    public Task<IReadOnlyList<TimerRecord>> GetPendingTimersAsync(CancellationToken ct = default) =>
        _core.Store.FindPendingTimersAsync(null, null, ct);

    public Task<TimerRecord?> GetTimerAsync(Guid timerId, CancellationToken ct = default) => _core.Store.GetTimerAsync(timerId, ct);
}
