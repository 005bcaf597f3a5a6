using Samverkan.Host.Hosting.Cluster;

namespace Samverkan.Host.Hosting;

/// <summary>The "Samverkan" configuration section (appsettings.json, or environment variables such as Samverkan__WorkflowsPath).</summary>
public sealed class SamverkanOptions
{
    public const string Section = "Samverkan";
    public const string ConnectionStringName = "Samverkan";

    /// <summary>Folder whose *.bpmn files are deployed at start-up; relative to the working folder.</summary>
    public string WorkflowsPath { get; set; } = "workflows";

    /// <summary>Folder of rule-set files and parameters.json deployed at start-up; relative to the working folder.</summary>
    public string RulesPath { get; set; } = "workflows/rules";

    /// <summary>
    /// This node's name: in /health, as its Hangfire server's name and as the traces' and metrics' service.instance.id.
    /// Unset, the machine's name; give each node its own when several run on one machine.
    /// </summary>
    public string? NodeName { get; set; }

    public StorageOptions Storage { get; set; } = new();

    public ClusterOptions Cluster { get; set; } = new();

    public TelemetryOptions Telemetry { get; set; } = new();

    public SchedulingOptions Scheduling { get; set; } = new();
}

public sealed class StorageOptions
{
    /// <summary>"Sqlite" (the embedded default, one node) or "PostgreSql" (one or several nodes on one database).</summary>
    public string Provider { get; set; } = "Sqlite";
}

public sealed class SchedulingOptions
{
    /// <summary>How often the safety sweep fires due timers and runs due handler jobs that Hangfire missed.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often Hangfire looks for delayed jobs that have come due.</summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Hangfire worker threads.</summary>
    public int WorkerCount { get; set; } = 4;

    /// <summary>Turns Hangfire's server and the sweep off (tests that drive time themselves).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the recurring job looks for open tasks to remind about or to call overdue (cron, UTC).</summary>
    public string RemindersCron { get; set; } = "*/5 * * * *";

    /// <summary>How often the recurring job moves timer start events whose parameters changed (cron, UTC).</summary>
    public string StartTimersCron { get; set; } = "* * * * *";
}

public sealed class TelemetryOptions
{
    /// <summary>OpenTelemetry metrics and traces over OTLP; unset, on exactly when OTEL_EXPORTER_OTLP_ENDPOINT is set.</summary>
    public bool? Enabled { get; set; }
}
