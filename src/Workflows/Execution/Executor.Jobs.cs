using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>A pending job for <paramref name="owner"/> (a task, a listener or a savepoint), written with this trigger's commit.</summary>
    public JobRecord NewJob(LoadedInstance instance, ElementInstance owner, string elementId, JobKind kind, string target, int retries)
    {
        var job = new JobRecord
        {
            Id = Guid.CreateVersion7(Now),
            InstanceId = instance.Id,
            ElementInstanceId = owner.Id,
            ElementId = elementId,
            Kind = kind,
            Target = target,
            Status = JobStatus.Pending,
            Retries = retries,
            CreatedAt = Now,
        };
        Changes.NewJobs.Add(job);
        return job;
    }
}
