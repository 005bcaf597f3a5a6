using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Api.ExternalTasks;

/// <summary>An external task now held by the worker until <c>lockedUntil</c>, with those of the variables it asked for that are set.</summary>
internal sealed record LockedExternalTaskResponse(
    Guid Id,
    string Topic,
    Guid InstanceId,
    string? BusinessKey,
    string ElementId,
    int Retries,
    DateTimeOffset LockedUntil,
    IReadOnlyDictionary<string, object?> Variables)
{
    public static LockedExternalTaskResponse From(LockedJob job, IReadOnlyCollection<string> asked) =>
        new(job.Id, job.Topic, job.InstanceId, job.BusinessKey, job.ElementId, job.Retries, job.LockedUntil,
            job.Variables.Where(v => asked.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));
}
