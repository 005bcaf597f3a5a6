using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Execution;

public sealed partial class ProcessEngine
{
    /// <summary>Every timer still waiting, due or not: what a scheduler that lost its jobs must schedule again.</summary>
    public async Task<IReadOnlyList<TimerView>> GetPendingTimersAsync(CancellationToken ct = default) =>
        (await _core.Store.FindPendingTimersAsync(null, null, ct)).Map(RecordViews.ToView);

    public async Task<TimerView?> GetTimerAsync(Guid timerId, CancellationToken ct = default) =>
        (await _core.Store.GetTimerAsync(timerId, ct))?.ToView();
}
