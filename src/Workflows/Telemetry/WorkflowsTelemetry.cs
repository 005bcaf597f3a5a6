namespace Samverkan.Workflows.Telemetry;

/// <summary>The names under which the engine publishes its metrics and traces, for a host to listen to.</summary>
public static class WorkflowsTelemetry
{
    /// <summary>The engine's <see cref="System.Diagnostics.Metrics.Meter"/>, made by the host's IMeterFactory.</summary>
    public const string MeterName = "Samverkan.Workflows";

    /// <summary>The engine's <see cref="System.Diagnostics.ActivitySource"/>: one span per start, completion, timer and message.</summary>
    public const string ActivitySourceName = "Samverkan.Workflows";

    public const string InstancesStarted = "samverkan.workflows.instances.started";
    public const string InstancesCompleted = "samverkan.workflows.instances.completed";
    public const string InstancesCancelled = "samverkan.workflows.instances.cancelled";
    public const string TasksCreated = "samverkan.workflows.tasks.created";
    public const string TasksCompleted = "samverkan.workflows.tasks.completed";
    public const string TasksOpen = "samverkan.workflows.tasks.open";
    public const string TimersDue = "samverkan.workflows.timers.due";
    public const string TimersFired = "samverkan.workflows.timers.fired";
    public const string TimerLateness = "samverkan.workflows.timers.lateness";
    public const string IncidentsRaised = "samverkan.workflows.incidents.raised";
    public const string CommitConflicts = "samverkan.workflows.commit.conflicts";

    /// <summary>Tag: the process (definition) key.</summary>
    public const string ProcessKeyTag = "samverkan.process.key";

    /// <summary>Tag of incidents: their type (JobFailed, ExpressionFailed, ...).</summary>
    public const string IncidentTypeTag = "samverkan.incident.type";

    /// <summary>Tag of commit conflicts: <c>retried</c>, or <c>gave_up</c> when the retries ran out.</summary>
    public const string ConflictOutcomeTag = "samverkan.conflict.outcome";
}
