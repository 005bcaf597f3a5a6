namespace Samverkan.Workflows.Monitoring;

/// <summary>Whether a timer still waits.</summary>
public enum TimerStatus
{
    Pending,
    Fired,
    Cancelled,
}
