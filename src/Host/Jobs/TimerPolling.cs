using Microsoft.Extensions.Options;
using Samverkan.Host.Hosting;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Jobs;

/// <summary>
/// On PostgreSQL, how timers fire: not as one Hangfire job per timer (some twenty statements and a distributed lock
/// each), but by every node taking the due timers from the engine's own table, a batch at a time, with
/// <c>FOR UPDATE SKIP LOCKED</c> so that nodes polling together take different ones
/// (<see cref="ProcessEngine.FireClaimedTimersAsync"/>), and firing them on <see cref="SchedulingOptions.WorkerCount"/>
/// tasks. A node looks every <see cref="SchedulingOptions.PollingInterval"/>, and at once when a timer it scheduled
/// itself comes due sooner. A node that dies holding timers leaves them to the others when its claim runs out
/// (<see cref="EngineOptions.TimerClaim"/>); the engine fires each timer once however often it is asked.
/// </summary>
public sealed class TimerPoller(
    ProcessEngine engine, TimerWakeups wakeups, TimerPollerStatus status, IOptions<SamverkanOptions> options, TimeProvider clock,
    ILogger<TimerPoller> log) : BackgroundService
{
    /// <summary>Timers taken at a time: a batch fires well within its claim even on a busy node.</summary>
    public const int Batch = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var scheduling = options.Value.Scheduling;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var fired = await FireDueAsync(engine, Math.Max(1, scheduling.WorkerCount), log, stoppingToken);
                status.Passed(clock.GetUtcNow(), fired);
                await wakeups.WaitAsync(scheduling.PollingInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                status.Failed(clock.GetUtcNow(), e);
                log.LogError(e, "Firing due timers failed; trying again in {Interval}", scheduling.PollingInterval);
                await Task.Delay(scheduling.PollingInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Takes and fires due timers until a batch comes back short: nothing more is due.</summary>
    public static async Task<int> FireDueAsync(ProcessEngine engine, int parallelism, ILogger log, CancellationToken ct)
    {
        var fired = 0;
        DueTimerPass pass;
        do
        {
            pass = await engine.FireClaimedTimersAsync(Batch, parallelism, ct);
            fired += pass.Fired;
            foreach (var (timerId, error) in pass.Errors)
            {
                log.LogWarning(error, "Timer {TimerId} could not be fired; it is taken again when its claim runs out", timerId);
            }
        }
        while (pass.Claimed == Batch);
        return fired;
    }
}

/// <summary>What this node's <see cref="TimerPoller"/> has done, for <c>/health</c>.</summary>
public sealed class TimerPollerStatus(TimeProvider clock)
{
    private long _fired;
    private long _lastPassTicks;
    private volatile string? _lastError;

    /// <summary>When this node's poller came into being: the start of its first wait for a pass.</summary>
    public DateTimeOffset Since { get; } = clock.GetUtcNow();

    /// <summary>Timers this node has fired since it started.</summary>
    public long Fired => Interlocked.Read(ref _fired);

    /// <summary>When the last look for due timers ended without an error; null before the first.</summary>
    public DateTimeOffset? LastPass => Interlocked.Read(ref _lastPassTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>The error of the last look, if it failed; cleared by the next that succeeds.</summary>
    public string? LastError => _lastError;

    internal void Passed(DateTimeOffset at, int fired)
    {
        Interlocked.Add(ref _fired, fired);
        Interlocked.Exchange(ref _lastPassTicks, at.UtcTicks);
        _lastError = null;
    }

    internal void Failed(DateTimeOffset at, Exception error) => _lastError = $"{at:O}: {error.Message}";
}

/// <summary>
/// The <see cref="ITimerScheduler"/> beside <see cref="TimerPoller"/>: the timer is in the database already, so
/// scheduling it only wakes this node's poller when it comes due before the next regular look.
/// </summary>
public sealed class TimerWakeups(TimeProvider clock, IOptions<SamverkanOptions> options) : ITimerScheduler
{
    private readonly Lock _gate = new();
    private readonly PriorityQueue<DateTimeOffset, DateTimeOffset> _due = new();
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Schedule(Guid timerId, DateTimeOffset dueAt)
    {
        if (dueAt - clock.GetUtcNow() >= options.Value.Scheduling.PollingInterval)
        {
            // The regular look finds it in time.
            return;
        }
        bool earliest;
        lock (_gate)
        {
            _due.Enqueue(dueAt, dueAt);
            earliest = _due.Peek() == dueAt;
        }
        if (earliest)
        {
            Signal();
        }
    }

    /// <summary>Waits for <paramref name="poll"/>, or less if a timer scheduled here comes due sooner.</summary>
    public async Task WaitAsync(TimeSpan poll, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + poll;
        lock (_gate)
        {
            // Those due by now were there for the pass that just ran (or one is signalled to run at once).
            while (_due.TryPeek(out _, out var at) && at <= now)
            {
                _due.Dequeue();
            }
            if (_due.TryPeek(out _, out var next) && next < until)
            {
                until = next;
            }
        }
        await _signal.WaitAsync(until - now, ct);
    }

    private void Signal()
    {
        lock (_gate)
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
    }
}
