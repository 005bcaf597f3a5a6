using Microsoft.Extensions.Logging;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Telemetry;

/// <summary>
/// Open tasks and due timers for the observable gauges. A gauge's callback runs whenever a listener collects (an exporter
/// every minute, say); the count is two indexed COUNT queries, read at most once per <see cref="MaxAge"/> and waited
/// for at most <see cref="MaxWait"/>, so a slow database delays a collection a little and never blocks the engine.
/// </summary>
internal sealed class OpenWorkCounts(IWorkflowStore store, TimeProvider clock, ILogger logger)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private OpenWorkCount? _last;
    private long _readAt;
    private Task? _reading;

    /// <summary>The latest count, read again first when older than <see cref="MaxAge"/>; null until the store has answered once.</summary>
    public OpenWorkCount? Current()
    {
        Task reading;
        lock (_gate)
        {
            if (_last is not null && clock.GetElapsedTime(_readAt) < MaxAge)
            {
                return _last;
            }
            if (_reading is null || _reading.IsCompleted)
            {
                // On the thread pool: a store that answers synchronously must not run under this lock.
                _reading = Task.Run(ReadAsync);
            }
            reading = _reading;
        }
        // ReadAsync never throws; a read that takes longer goes on and serves the next collection.
        reading.Wait(MaxWait);
        lock (_gate)
        {
            return _last;
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            var counts = await store.CountOpenWorkAsync(clock.GetUtcNow());
            lock (_gate)
            {
                _last = counts;
                _readAt = clock.GetTimestamp();
            }
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not count open tasks and due timers for the engine's gauges");
        }
    }
}
