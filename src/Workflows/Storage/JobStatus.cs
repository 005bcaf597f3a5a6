namespace Samverkan.Workflows.Storage;

internal enum JobStatus
{
    Pending,
    Completed,
    Failed,
    Cancelled,
}
