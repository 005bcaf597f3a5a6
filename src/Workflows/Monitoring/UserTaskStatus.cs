namespace Samverkan.Workflows.Monitoring;

/// <summary>Where a user task is in its life.</summary>
public enum UserTaskStatus
{
    Open,
    Completed,
    Cancelled,
}
