using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using static Samverkan.Workflows.Telemetry.WorkflowsTelemetry;

namespace Samverkan.Workflows.Telemetry;

/// <summary>
/// The engine's instruments. Counts are taken from a trigger's committed change set, once, after the commit: an attempt
/// that lost a concurrency conflict and started over counts only as a conflict.
/// </summary>
internal sealed class EngineMetrics
{
    /// <summary>Seconds from a timer's due time to its firing: a sweep every few seconds, a backlog of minutes or hours.</summary>
    private static readonly double[] LatenessBuckets = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 3600, 21600, 86400];

    private readonly Counter<long> _instancesStarted;
    private readonly Counter<long> _instancesCompleted;
    private readonly Counter<long> _instancesCancelled;
    private readonly Counter<long> _tasksCreated;
    private readonly Counter<long> _tasksCompleted;
    private readonly Counter<long> _timersFired;
    private readonly Histogram<double> _timerLateness;
    private readonly Counter<long> _incidentsRaised;
    private readonly Counter<long> _commitConflicts;

    public EngineMetrics(IMeterFactory meters, IWorkflowStore store, TimeProvider clock, ILogger logger)
    {
        var meter = meters.Create(MeterName);
        _instancesStarted = meter.CreateCounter<long>(InstancesStarted, "{instance}", "Process instances started, by a call, a message, a timer or a parent's call activity.");
        _instancesCompleted = meter.CreateCounter<long>(InstancesCompleted, "{instance}", "Process instances that reached their end.");
        _instancesCancelled = meter.CreateCounter<long>(InstancesCancelled, "{instance}", "Process instances cancelled by a user or by their calling instance.");
        _tasksCreated = meter.CreateCounter<long>(TasksCreated, "{task}", "User tasks created.");
        _tasksCompleted = meter.CreateCounter<long>(TasksCompleted, "{task}", "User tasks completed.");
        _timersFired = meter.CreateCounter<long>(TimersFired, "{timer}", "Timers fired (each occurrence of a cycle counts).");
        _timerLateness = meter.CreateHistogram<double>(TimerLateness, "s", "Time from a timer's due time to its firing.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatenessBuckets });
        _incidentsRaised = meter.CreateCounter<long>(IncidentsRaised, "{incident}", "Incidents raised: a step failed and waits for a person.");
        _commitConflicts = meter.CreateCounter<long>(CommitConflicts, "{conflict}",
            "Commits refused because another trigger changed the instance first; the trigger starts over or, out of retries, fails.");
        var counts = new OpenWorkCounts(store, clock, logger);
        meter.CreateObservableGauge(TasksOpen, () => Measure(counts.Current()?.OpenTasks),
            "{task}", "User tasks open now, in the whole database (every node reports the same number).");
        meter.CreateObservableGauge(TimersDue, () => Measure(counts.Current()?.DueTimers),
            "{timer}", "Timers due now and not yet fired, in the whole database: a backlog that should stay near zero.");
    }

    /// <summary>Counts what a trigger's committed change set did.</summary>
    public void Committed(Executor executor)
    {
        var changes = executor.Changes;
        foreach (var (record, expectedRevision) in changes.Instances)
        {
            if (expectedRevision is null)
            {
                _instancesStarted.Add(1, Process(record.DefinitionKey));
            }
        }
        foreach (var (key, status) in executor.Ended)
        {
            (status == InstanceStatus.Completed ? _instancesCompleted : _instancesCancelled).Add(1, Process(key));
        }
        foreach (var task in changes.NewTasks)
        {
            _tasksCreated.Add(1, Process(task.DefinitionKey));
        }
        foreach (var task in changes.ChangedTasks)
        {
            if (task.Status == UserTaskStatus.Completed)
            {
                _tasksCompleted.Add(1, Process(task.DefinitionKey));
            }
        }
        foreach (var (key, lateness) in executor.FiredTimers)
        {
            _timersFired.Add(1, Process(key));
            _timerLateness.Record(Math.Max(0, lateness.TotalSeconds), Process(key));
        }
        foreach (var incident in changes.NewIncidents)
        {
            _incidentsRaised.Add(1, Process(executor.ProcessKeyOf(incident.InstanceId)), new(IncidentTypeTag, incident.Type));
        }
    }

    /// <summary>A commit lost to another trigger on the same instance; <paramref name="retried"/> false when the retries ran out.</summary>
    public void Conflict(bool retried) =>
        _commitConflicts.Add(1, new KeyValuePair<string, object?>(ConflictOutcomeTag, retried ? "retried" : "gave_up"));

    private static KeyValuePair<string, object?> Process(string? key) => new(ProcessKeyTag, key);

    /// <summary>No measurement at all until the store has answered once, rather than a zero that is not true.</summary>
    private static IEnumerable<Measurement<long>> Measure(long? value) => value is { } v ? [new Measurement<long>(v)] : [];
}
