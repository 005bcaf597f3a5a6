using System.Diagnostics.CodeAnalysis;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Telemetry;

namespace Samverkan.Workflows.Execution;

public sealed partial class ProcessEngine
{
    /// <summary>Every timer still waiting, due or not: what a scheduler that lost its jobs must schedule again.</summary>
    public async Task<IReadOnlyList<TimerView>> GetPendingTimersAsync(CancellationToken ct = default) =>
        (await _core.Store.FindPendingTimersAsync(null, null, ct)).Map(RecordViews.ToView);

    public async Task<TimerView?> GetTimerAsync(Guid timerId, CancellationToken ct = default) =>
        (await _core.Store.GetTimerAsync(timerId, ct))?.ToView();

    /// <summary>Timers due now (or overdue), oldest first: what a sweep should fire.</summary>
    public async Task<IReadOnlyList<TimerView>> GetDueTimersAsync(int max = 100, CancellationToken ct = default) =>
        (await _core.Store.FindDueTimersAsync(_core.Clock.GetUtcNow(), max, ct)).Map(RecordViews.ToView);

    /// <summary>
    /// Fires the due timers, up to <paramref name="max"/>, one after the other; returns how many fired. The first
    /// error of a timer that could not be fired is thrown after the others have been tried.
    /// </summary>
    public async Task<int> FireDueTimersAsync(int max = 100, CancellationToken ct = default)
    {
        var pass = await FireClaimedTimersAsync(max, 1, ct);
        if (pass.Errors.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(pass.Errors[0].Error);
        }
        return pass.Fired;
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> due timers for <see cref="EngineOptions.TimerClaim"/> (other engines on the
    /// same database, claiming at the same time, take others) and fires them, <paramref name="parallelism"/> at a time.
    /// A timer whose firing throws keeps its claim until the claim runs out, and is then taken again; the others fire.
    /// </summary>
    /// <returns>How many were claimed (fewer than <paramref name="max"/>: no more were due), how many fired, and the
    /// errors of those that threw; it throws none of them.</returns>
    public async Task<DueTimerPass> FireClaimedTimersAsync(int max, int parallelism, CancellationToken ct = default)
    {
        var now = _core.Clock.GetUtcNow();
        var claimed = await _core.Store.ClaimDueTimersAsync(now, now + _core.Options.TimerClaim, max, ct);
        var fired = 0;
        var errors = new System.Collections.Concurrent.ConcurrentBag<(Guid TimerId, Exception Error)>();
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = ct },
            async (timerId, token) =>
            {
                try
                {
                    if (await FireTimerAsync(timerId, token))
                    {
                        Interlocked.Increment(ref fired);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    errors.Add((timerId, e));
                }
            });
        return new DueTimerPass(claimed.Count, fired, [.. errors]);
    }

    /// <summary>
    /// Fires timer <paramref name="timerId"/> if it is pending and due. Asked twice, it fires once:
    /// the second call finds it fired (or, for a cycle, not yet due again) and returns false.
    /// </summary>
    public Task<bool> FireTimerAsync(Guid timerId, CancellationToken ct = default) =>
        EngineActivities.TraceAsync(EngineActivities.FireTimer, async activity =>
        {
            activity?.SetTag(EngineActivities.TimerIdTag, timerId.ToString());
            var fired = await TriggerAsync(async executor =>
            {
                // The timer with its instance, in one read: as new as the instance revision the commit checks.
                var read = await _core.Store.GetTimerWithInstanceAsync(timerId, ct);
                if (read is null || !IsDue(read.Row, executor.Now))
                {
                    return false;
                }
                return read.Row.InstanceId is Guid instanceId
                    ? await FireInstanceTimerAsync(executor, read, instanceId, ct)
                    : await FireStartTimerAsync(executor, read.Row, ct);
            }, ct);
            activity?.SetTag(EngineActivities.FiredTag, fired);
            return fired;
        });

    private static bool IsDue([NotNullWhen(true)] TimerRecord? timer, DateTimeOffset now) => timer is not null && timer.Status == TimerStatus.Pending && timer.DueAt <= now;

    private async Task<bool> FireInstanceTimerAsync(Executor executor, OwnedRow<TimerRecord> read, Guid instanceId, CancellationToken ct)
    {
        var timerId = read.Row.Id;
        var (instance, timer) = await LoadOwnerAsync(executor, read, instanceId, () => _core.Store.GetTimerAsync(timerId, ct), ct);
        if (!IsDue(timer, executor.Now))
        {
            // Fired (or, for a cycle, moved on) by someone else since the first read.
            return false;
        }
        if (instance.IsEnded || instance.State.Find(timer.ElementInstanceId) is not { } owner || owner.Waits?.Any(w => w.Id == timer.Id) != true)
        {
            timer.Status = TimerStatus.Cancelled;
            executor.Changes.ChangedTimers.Add(timer);
            return false;
        }
        var node = instance.Process.Model.Node(timer.ElementId);
        executor.TimerFired(instance.Process.Key, timer.DueAt);
        timer.FiredCount++;
        owner.Waits!.RemoveAll(w => w.Id == timer.Id);
        var repeats = timer.Kind == TimerKind.Cycle && node is BoundaryEvent { CancelActivity: false } or StartEvent { IsInterrupting: false };
        if (repeats && NextDue(timer) is { } next)
        {
            timer.DueAt = next;
            owner.AddWait(timer.Id, true, node.Id);
            executor.ScheduleTimer(timer.Id, next);
        }
        else
        {
            timer.Status = TimerStatus.Fired;
        }
        executor.Changes.ChangedTimers.Add(timer);
        executor.Changes.History.Add(new HistoryRecord { InstanceId = instance.Id, At = executor.Now, Type = HistoryTypes.TimerFired, ElementId = node.Id, ElementInstanceId = owner.Id, Detail = timer.Spec });
        executor.OnEvent(instance, owner, node);
        return true;
    }

    private async Task<bool> FireStartTimerAsync(Executor executor, TimerRecord timer, CancellationToken ct)
    {
        var process = await _core.Definitions.GetAsync(timer.DefinitionId, ct);
        var start = (StartEvent)process.Model.Node(timer.ElementId);
        executor.Changes.ClaimedStartTimers.Add((timer.Id, timer.FiredCount));
        executor.TimerFired(process.Key, timer.DueAt);
        timer.FiredCount++;
        if (timer.Kind == TimerKind.Cycle && NextStartDue(executor, process, start, timer) is { } next)
        {
            timer.DueAt = next;
            executor.ScheduleTimer(timer.Id, next);
        }
        else
        {
            timer.Status = TimerStatus.Fired;
        }
        executor.Changes.ChangedTimers.Add(timer);
        var instance = executor.Create(process, null, new Dictionary<string, object?>(StringComparer.Ordinal));
        executor.Start(instance, start);
        return true;
    }

    private static DateTimeOffset? NextDue(TimerRecord timer) =>
        TimerSpec.TryParse(timer.Kind, timer.Spec, out var spec, out _) ? spec!.NextDue(timer.DueAt, timer.FiredCount) : null;
}
