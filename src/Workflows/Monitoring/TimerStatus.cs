namespace Samverkan.Workflows.Monitoring;

/// <summary>Whether a timer still waits.</summary>
public enum TimerStatus
{
    Pending,
    Fired,
    Cancelled,
    /// <summary>Its instance is suspended: the timer keeps its due time and fires once the instance is resumed.</summary>
    Suspended,
}
