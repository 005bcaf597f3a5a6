namespace Samverkan.Workflows.Monitoring;

/// <summary>Where an instance is in its life.</summary>
public enum InstanceStatus
{
    Active,
    Completed,
    Cancelled,
}
