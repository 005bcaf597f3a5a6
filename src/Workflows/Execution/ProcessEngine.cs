using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Telemetry;

namespace Samverkan.Workflows.Execution;

/// <summary>
/// The process engine: deploys definitions, starts instances and applies triggers (task completed, message,
/// signal, timer, job result, retry). Each trigger runs in one transaction with optimistic concurrency.
/// Thread-safe; one per process.
/// </summary>
public sealed partial class ProcessEngine
{
    private readonly EngineCore _core;

    internal ProcessEngine(
        IWorkflowStore store,
        TimeProvider clock,
        EngineOptions? options = null,
        IEnumerable<IServiceTaskHandler>? handlers = null,
        IBusinessRuleEvaluator? rules = null,
        ITimerScheduler? timerScheduler = null,
        IJobScheduler? jobScheduler = null,
        IEnumerable<IEngineListener>? listeners = null,
        ILogger<ProcessEngine>? logger = null,
        ExpressionCompiler? compiler = null,
        IExpressionGlobals? globals = null,
        ITaskCompletionValidator? completionValidator = null,
        IVariableInputValidator? inputValidator = null,
        IMeterFactory? meters = null,
        IEnumerable<IListenerHandler>? listenerHandlers = null)
    {
        var log = (ILogger?)logger ?? NullLogger.Instance;
        _core = new EngineCore(store, clock, options ?? new EngineOptions(), compiler ?? new ExpressionCompiler(),
            handlers ?? [], rules, timerScheduler, jobScheduler, listeners ?? [], log, globals, completionValidator, inputValidator,
            meters is null ? null : new EngineMetrics(meters, store, clock, log), listenerHandlers);
        Queries = new ProcessQueries(store);
    }

    /// <summary>The read side of deployed processes: lists, names and XML as read models.</summary>
    public IProcessQueries Queries { get; }

    /// <summary>
    /// Runs <paramref name="work"/> and the agenda it fills, commits, and on a concurrency conflict starts over
    /// from fresh state (bounded by <see cref="EngineOptions.ConcurrencyRetries"/>).
    /// </summary>
    private async Task<T> TriggerAsync<T>(Func<Executor, Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var executor = new Executor(_core);
            try
            {
                await executor.LoadGlobalsAsync(ct);
                var result = await work(executor);
                await executor.RunAsync(ct);
                await executor.CommitAsync(ct);
                _core.Metrics?.Committed(executor);
                executor.AfterCommit();
                await BroadcastThrownSignalsAsync(executor, ct);
                return result;
            }
            catch (ConcurrencyConflictException) when (attempt < _core.Options.ConcurrencyRetries)
            {
                _core.Logger.LogDebug("Concurrency conflict, attempt {Attempt}; retrying", attempt + 1);
                _core.Metrics?.Conflict(retried: true);
                EngineActivities.ConflictRetried(attempt + 1);
                await Task.Delay(Random.Shared.Next(1, 5 * (attempt + 1)), ct);
            }
            catch (ConcurrencyConflictException)
            {
                _core.Metrics?.Conflict(retried: false);
                throw;
            }
        }
    }

    private Task TriggerAsync(Func<Executor, Task> work, CancellationToken ct) =>
        TriggerAsync(async e => { await work(e); return true; }, ct);

    /// <summary>
    /// The instance of a row read with it (<see cref="OwnedRow{T}"/>), and the row: as read, or, when this unit of work
    /// holds the instance already, read again after it (as <see cref="LoadOwnerThenReadAsync"/> does).
    /// </summary>
    private static async Task<(LoadedInstance Instance, T? Row)> LoadOwnerAsync<T>(
        Executor executor, OwnedRow<T> read, Guid instanceId, Func<Task<T?>> readAgain, CancellationToken ct) where T : class
    {
        if (read.Instance is null)
        {
            throw EngineException.NotFound($"No process instance {instanceId}.");
        }
        return await executor.LoadReadAsync(read.Instance, ct) is { } instance
            ? (instance, read.Row)
            : await LoadOwnerThenReadAsync(executor, instanceId, readAgain, ct);
    }

    /// <summary>
    /// Loads the instance a task, timer or job belongs to, then reads that row again. Every change to such a row commits
    /// with a new revision of its instance: one committed before the instance was read shows in the second read, one
    /// committed after it makes this trigger's commit fail and start over. Acting on the first read alone could act on a
    /// row another node had changed in between (claim a task twice, fire a timer twice, lock a job for two workers).
    /// </summary>
    private static async Task<(LoadedInstance Instance, T? Row)> LoadOwnerThenReadAsync<T>(
        Executor executor, Guid instanceId, Func<Task<T?>> read, CancellationToken ct) where T : class
    {
        var instance = await executor.LoadAsync(instanceId, ct);
        return (instance, await read());
    }

    private async Task BroadcastThrownSignalsAsync(Executor executor, CancellationToken ct)
    {
        foreach (var (name, variables) in executor.Signals)
        {
            await BroadcastSignalAsync(name, variables, ct);
        }
    }
}
