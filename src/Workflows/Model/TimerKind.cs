namespace Samverkan.Workflows.Model;

public enum TimerKind
{
    /// <summary>An ISO-8601 instant.</summary>
    Date,
    /// <summary>An ISO-8601 duration from the moment the timer is created.</summary>
    Duration,
    /// <summary>An ISO-8601 repeating interval (R3/P7D) or a cron expression.</summary>
    Cycle,
}
