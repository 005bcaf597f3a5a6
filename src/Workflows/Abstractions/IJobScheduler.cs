namespace Samverkan.Workflows.Abstractions;

/// <summary>Asks for "run handler or continuation job N" soon (or at <paramref name="notBefore"/>); Host drives it with Hangfire.</summary>
public interface IJobScheduler
{
    void Enqueue(Guid jobId, DateTimeOffset? notBefore);
}
