namespace Samverkan.Workflows.Execution;

/// <summary>Engine settings; defaults suit the embedded SQLite set-up.</summary>
public sealed class EngineOptions
{
    /// <summary>How often a trigger is retried when another one committed to the same instance first.</summary>
    public int ConcurrencyRetries { get; set; } = 10;

    /// <summary>Attempts of a handler job before it becomes an incident.</summary>
    public int JobRetries { get; set; } = 3;

    /// <summary>Wait before a failed handler job runs again (multiplied by the attempt number).</summary>
    public TimeSpan JobRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a due timer taken by <see cref="ProcessEngine.FireClaimedTimersAsync"/> is left to the engine that took
    /// it: other engines on the database pass it over until then, and take it if it has not fired by then (the engine
    /// that took it died, or its firing failed).
    /// </summary>
    public TimeSpan TimerClaim { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Steps one trigger may take without reaching a wait state: guards against a loop of pass-through nodes.</summary>
    public int MaxStepsPerTrigger { get; set; } = 100_000;

    /// <summary>Write an entry per element entered and left (the instance viewer and reports need them).</summary>
    public bool RecordElementHistory { get; set; } = true;
}
