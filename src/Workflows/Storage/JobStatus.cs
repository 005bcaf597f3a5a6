namespace Samverkan.Workflows.Storage;

internal enum JobStatus
{
    Pending,
    Completed,
    Failed,
    Cancelled,
    /// <summary>Its instance is suspended: nobody may lock or run the job until the instance is resumed.</summary>
    Suspended,
}
